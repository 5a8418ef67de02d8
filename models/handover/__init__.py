"""Staff departure handover: `service` (start, plan, execute, confirm), `queries`
(inventory and read models) and `dto` (frozen data for the wizard and the 交接单).
"""
