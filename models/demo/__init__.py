"""Demo data for trying the app and for the benchmarks (Faker zh_CN; imported only when
demo data is generated).
"""
