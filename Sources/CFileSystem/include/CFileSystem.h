#ifndef OKR_CFILESYSTEM_H
#define OKR_CFILESYSTEM_H

/// Swaps the two paths in one step (Linux renameat2 with RENAME_EXCHANGE, macOS renamex_np
/// with RENAME_SWAP): a reader of either path sees the old entry or the new one, never
/// neither. Returns 0, or -1 with errno set (ENOSYS or EINVAL where the system or the file
/// system cannot; EXDEV across file systems).
int okr_exchange_paths(const char *first, const char *second);

#endif
