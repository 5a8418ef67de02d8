"""The 客户档案 page: the archive list with its filters (view.py) and the column chooser with
the per-user memory of columns and sort (columns.py). MainWindow delegates to it."""
