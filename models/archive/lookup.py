"""Finding a customer the way every command and dialog names one: by code or by id."""
from __future__ import annotations

from models.foundation.errors import NotFound
from models.foundation.schema import Customer


def find_customer(code_or_id: int | str) -> Customer:
    """The customer with this code (text) or id (number); NotFound when there is none."""
    if isinstance(code_or_id, str):
        c = Customer.get_or_none(Customer.code == code_or_id.strip())
    else:
        c = Customer.get_or_none(Customer.id == code_or_id)
    if c is None:
        raise NotFound("客户", str(code_or_id))
    return c
