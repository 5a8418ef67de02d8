"""Staff departure handover: `service` (start, plan, execute, confirm), `queries`
(inventory and read models), `printing` (the 交接单 PDF, written and audited in one call)
and `dto` (frozen data for the wizard and the 交接单).
"""
