"""Staff accounts: the first start, adding users (`staff`), and account administration
by the admin capability (`admin`).
"""
