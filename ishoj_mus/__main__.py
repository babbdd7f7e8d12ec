import sys

from ishoj_mus.cli import main

sys.exit(main())
