"""The playground's data files: example experiments, lessons, compiled translations and icons.

This folder stays at the top of the repository; the build installs it as the package
`playground.assets` (see pyproject.toml), and `playground.resources` finds the files in it.
"""
