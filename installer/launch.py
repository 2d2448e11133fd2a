"""Entry point of the frozen application: the GUI (`Expertteam`, `Expertteam --version`,
`Expertteam --smoke --db PATH --user NAME`). The command-line tool (`expertteam`) is not
part of the installer; it stays a developer and administrator tool of the Python install."""

import sys

from ui.app import main

if __name__ == "__main__":
    sys.exit(main(sys.argv))
