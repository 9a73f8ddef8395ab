"""The data panel and its dialogs: datasets, thumbnails, import and download."""
