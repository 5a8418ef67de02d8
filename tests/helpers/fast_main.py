"""`main.py` with the tests' cheap password hashing, for tests that run the command line
as a separate process: `python tests/helpers/fast_main.py --db ... <command>`."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))

from tests.helpers import fast_hash  # noqa: E402

if __name__ == "__main__":
    fast_hash.install()
    import main

    sys.exit(main.main())
