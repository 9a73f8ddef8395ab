"""The main window's frame: wiring, docks, size, look, toolbar, menus, undo and the application's
identity.
"""
