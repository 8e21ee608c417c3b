"""The stages that write: read release text (files, folders, URLs, feeds), parse it into releases, split them
into chunks and write those to the index incrementally."""
