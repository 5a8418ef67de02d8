"""Run in a separate process: N read-edit-save cycles on one card's notes counter.

Each cycle reads the card (version + counter), writes counter+1 with the version it read,
and retries when the save is refused as stale. Prints the number of conflicts seen.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))

from models.archive import customers
from models.foundation.errors import ConflictError
from models.maintenance import opening
from models.rules import auth


def main(url, username, password, code, cycles):
    opening.open_archive(url)
    actor = auth.login(username, password)
    conflicts = 0
    for _ in range(int(cycles)):
        while True:
            card = customers.get_card(actor, code, audit_view=False)
            value = int(card.notes or "0")
            try:
                customers.update_customer(actor, card.id, card.version, {"notes": str(value + 1)})
                break
            except ConflictError:
                conflicts += 1
    print(conflicts)


if __name__ == "__main__":
    main(*sys.argv[1:])
