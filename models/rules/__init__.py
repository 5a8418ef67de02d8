"""The rules: who may do what (`access`, the one rule table), signing in (`auth`), and
the append-only, hash-chained audit log (`audit` the chain, `audit_log` reading it,
`audit_details` its Chinese wording).
"""
