"""The archive core: database, permission rules, services. Never imports Qt."""
