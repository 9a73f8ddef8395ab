"""The names of the headless commands (`python -m playground train …`), in one place: the entry point
reads them before it decides between the window and the command line, which reads them again to tell
a command from an experiment file. Nothing else here, so the window's start imports nothing more."""

COMMANDS = ("train", "bench", "export-script")
