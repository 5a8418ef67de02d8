"""A card read through a grant says until when (issue 12), on both databases."""
from __future__ import annotations

import datetime as dt

from models.access_requests import requests
from models.archive import customers


def test_the_card_carries_the_grant_expiry_only_for_a_grantee(people):
    li, zhao, boss = people["li"], people["zhao"], people["boss"]
    card = customers.create_customer(li, {"name": "授权测试公司"})
    assert customers.get_card(li, card.id).permissions.granted_until is None   # the custodian
    requests.grant(boss, card.code, "zhao", scopes="view", days=10)
    requests.grant(boss, card.code, "zhao", scopes="view,export", days=20)
    until = customers.get_card(zhao, card.id).permissions.granted_until
    assert until is not None
    assert abs((until - dt.datetime.now(dt.UTC).replace(tzinfo=None)) - dt.timedelta(days=20)) < dt.timedelta(hours=1)
