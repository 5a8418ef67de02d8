"""A manager changes the service settings — the limits per severity, the working hours, the
days to the return visit — in one go: every change is checked and written in one transaction
(each with its audit entry), so a bad value leaves all of them as they were."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from models.foundation.db import write_transaction
from models.foundation.vocabulary import SEVERITIES
from models.rules import access
from models.rules.access import Actor
from models.service import return_visit, settings


@dataclass(frozen=True)
class ServiceSetup:
    """What the settings are now, for the screens and the command line."""

    limits: dict[str, dict[str, tuple[float, str]]]   # severity → {"respond": (amount, unit), "resolve": (amount, unit)}
    hours_text: str
    return_visit_days: int
    can_change: bool

    def limit_text(self, severity: str, which: str) -> str:
        amount, unit = self.limits[severity][which]
        return f"{amount:g} {settings.UNITS[unit]}"


def current(actor: Actor) -> ServiceSetup:
    s = settings.get_settings()
    return ServiceSetup({sev: dict(s.limits[sev]) for sev in SEVERITIES}, s.hours_text,
                        return_visit.delay_days(), access.capabilities(actor).can_manage)


def change(actor: Actor, *, limits: Iterable[tuple[str, str, float, str]] = (), hours: str | None = None,
           return_visit_days: int | None = None) -> ServiceSetup:
    """`limits` are (severity, "respond"|"resolve", amount, "h"|"d"); only what differs from
    the current settings is written (and audited)."""
    actor = access.require(actor, access.MANAGE)
    now = settings.get_settings()
    with write_transaction():
        for severity, which, amount, unit in limits:
            old = now.limits.get(severity, {}).get(which)
            if old is None or (float(old[0]), old[1]) != (float(amount), unit):
                settings.set_limit(actor, severity, which, amount, unit)
        if hours is not None and hours.strip() != now.hours_text:
            settings.set_hours(actor, hours.strip())
        if return_visit_days is not None and int(return_visit_days) != return_visit.delay_days():
            return_visit.set_delay_days(actor, return_visit_days)
    return current(actor)
