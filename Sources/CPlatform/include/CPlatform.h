#ifndef OKR_CPLATFORM_H
#define OKR_CPLATFORM_H

/// Swaps two paths in one step (Linux renameat2 with RENAME_EXCHANGE), so a reader of the
/// output folder sees either the old site or the new one, never a gap. Returns 0 on success,
/// -1 with errno set otherwise (for example on file systems without the flag).
int okr_exchange_paths(const char *first, const char *second);

#endif
