"""The daily service desk (今日工作台): what brings an agent back to the cards each morning.

- `settings`    cadence per class, stale-card limits, greeting rules, the look-ahead window
                (stored in archive_meta; managers change them, audited).
- `index`       the reminder dates (key people's birthdays, founding days, first-cooperation
                anniversaries) and each card's last contact, kept current from the cards
                themselves: refreshed for the cards changed since the last refresh and rolled
                forward when passed — nothing depends on the app having run that day.
- `tasks`       follow-up tasks (待办): add, complete (with an outcome written to page 2 in
                the same transaction), dismiss, list.
- `upkeep`      核实 (page 1 confirmed current), stale cards, customers overdue for contact.
- `greetings`   who to greet for a festival by the class rules; marking a batch sent writes
                one 节日问候 entry per card in one transaction.
- `activities`  company events (公司活动) with invitations and replies on page 2.
- `invitation_list`  whom to invite (by class, custodian, industry, name) and the printed
                or exported invitation list (PDF / Excel, through produce_file).
- `holidays`    the statutory holiday schedule: lunar-python's years plus years an admin
                enters (models.calendar answers every date question).
- `today`       the 今日 page: every item for one user on one day, A customers first.
"""
