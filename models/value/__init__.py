"""Customer value (issue 16): the suggested class A/B/C from the cooperation projects and its
rules, class changes with their history, the 80/20 (Pareto) view, likely duplicates and the
merge of two cards, and nurturing plans for B customers. Sits beside models.desk (plan steps
are desk tasks)."""
