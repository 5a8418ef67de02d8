"""Complaints and after-sales records (投诉与售后服务单, issue #14).

- `records`   register (受理), judge (判断), assign, handling steps, feedback (回访), close,
              reopen — each step with its page-2 entry and audit entry in one transaction.
- `reading`   one record with live deadlines, filtered lists, a customer's records.
- `clock`     deadlines and elapsed working time (models.calendar underneath); 待客户 and the
              resolved states stop the clock.
- `settings`  limits per severity, working hours (archive_meta, managers, audited).
- `desk`      the 今日 lines (records near their deadline; overdue ones for managers).
- `report`    the manager's service report for a date range.
- `printing`  the 顾客投诉登记表 / 售后服务单 PDFs and the report workbook, through produce_file.
- `dto`       frozen data for the UI and exports/ (no peewee).
"""

from models.service import desk as _desk  # noqa: E402,F401 - registers the 今日 lines
