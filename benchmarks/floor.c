// The least any generator must spend on okr-portal's job, measured on this machine: the time
// libyaml alone takes to parse the content's YAML, and the time plain POSIX calls take to
// write a finished site's files. Both run on every core, with no rendering, no model and no
// checks, so they are a floor under a full build of the same content and the same output.
//
//     cc -O2 -pthread benchmarks/floor.c -lyaml -o floor
//     floor parse CONTENT_DIR            libyaml events over every .md front matter and .yaml
//     floor write SITE_DIR DEST_DIR      SITE_DIR's folders and files made again under DEST_DIR
//                                        (which must not exist), each file with as many bytes as
//                                        it has: mkdir, open, write, close. The bytes come from
//                                        one buffer already in memory, as a page a generator has
//                                        just rendered would.
//
// benchmarks/compare-hugo.py runs both after each round's builds (--no-floor skips them).
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <yaml.h>

typedef struct {
    char *path;      // relative to the walked root
    char *bytes;     // the file's bytes, read only for parsing
    size_t length;
    int is_folder;
} Entry;

typedef struct {
    Entry *items;
    size_t count, capacity;
} Entries;

static void add(Entries *list, Entry entry) {
    if (list->count == list->capacity) {
        list->capacity = list->capacity ? list->capacity * 2 : 4096;
        list->items = realloc(list->items, list->capacity * sizeof(Entry));
        if (!list->items) { perror("realloc"); exit(1); }
    }
    list->items[list->count++] = entry;
}

static char *read_all(const char *path, size_t *length) {
    int fd = open(path, O_RDONLY);
    if (fd < 0) { perror(path); exit(1); }
    struct stat info;
    fstat(fd, &info);
    char *bytes = malloc(info.st_size + 1);
    size_t done = 0;
    while (done < (size_t)info.st_size) {
        ssize_t got = read(fd, bytes + done, info.st_size - done);
        if (got <= 0) { perror(path); exit(1); }
        done += got;
    }
    close(fd);
    *length = done;
    return bytes;
}

// Folders come before the files inside them, so writing in list order can make each folder
// just before its first file.
static void walk(const char *root, const char *relative, int read_files, Entries *list) {
    char folder[4096];
    snprintf(folder, sizeof folder, "%s%s%s", root, *relative ? "/" : "", relative);
    DIR *dir = opendir(folder);
    if (!dir) { perror(folder); exit(1); }
    struct dirent *item;
    while ((item = readdir(dir))) {
        if (item->d_name[0] == '.') continue;
        char child[4096], full[8192];
        snprintf(child, sizeof child, "%s%s%s", relative, *relative ? "/" : "", item->d_name);
        snprintf(full, sizeof full, "%s/%s", root, child);
        struct stat info;
        if (lstat(full, &info) != 0) { perror(full); exit(1); }
        if (S_ISDIR(info.st_mode)) {
            add(list, (Entry){strdup(child), NULL, 0, 1});
            walk(root, child, read_files, list);
        } else if (S_ISREG(info.st_mode)) {
            Entry entry = {strdup(child), NULL, info.st_size, 0};
            if (read_files) entry.bytes = read_all(full, &entry.length);
            add(list, entry);
        }
    }
    closedir(dir);
}

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

static Entries entries;
static atomic_size_t next_item;
static const char *destination;
static atomic_long events;
static char filler[1 << 20];

// The YAML of a file: a .md file's front matter (between its first two '---' lines), or the
// whole of a .yaml file.
static void yaml_part(const Entry *entry, const char **start, size_t *length) {
    *start = entry->bytes;
    *length = entry->length;
    size_t name = strlen(entry->path);
    if (name < 3 || strcmp(entry->path + name - 3, ".md") != 0) return;
    if (entry->length < 4 || memcmp(entry->bytes, "---\n", 4) != 0) { *length = 0; return; }
    const char *end = memmem(entry->bytes + 4, entry->length - 4, "\n---", 4);
    *start = entry->bytes + 4;
    *length = end ? (size_t)(end + 1 - *start) : entry->length - 4;
}

static void *parse_worker(void *unused) {
    (void)unused;
    long count = 0;
    for (;;) {
        size_t index = atomic_fetch_add(&next_item, 1);
        if (index >= entries.count) break;
        const Entry *entry = &entries.items[index];
        if (entry->is_folder) continue;
        const char *start;
        size_t length;
        yaml_part(entry, &start, &length);
        if (length == 0) continue;
        yaml_parser_t parser;
        yaml_parser_initialize(&parser);
        yaml_parser_set_input_string(&parser, (const unsigned char *)start, length);
        yaml_event_t event;
        for (;;) {
            if (!yaml_parser_parse(&parser, &event)) { fprintf(stderr, "%s: YAML error\n", entry->path); exit(1); }
            int done = event.type == YAML_STREAM_END_EVENT;
            yaml_event_delete(&event);
            count++;
            if (done) break;
        }
        yaml_parser_delete(&parser);
    }
    atomic_fetch_add(&events, count);
    return NULL;
}

static void make_folder(const char *path);

// Makes the folder holding path (and any folder above it still missing).
static void make_parent(const char *path) {
    char parent[4096];
    snprintf(parent, sizeof parent, "%s", path);
    *strrchr(parent, '/') = 0;
    make_folder(parent);
}

// Makes a folder and, when the other worker has not yet made its parent, the parent first.
static void make_folder(const char *path) {
    if (mkdir(path, 0755) == 0 || errno == EEXIST) return;
    if (errno != ENOENT) { perror(path); exit(1); }
    make_parent(path);
    if (mkdir(path, 0755) != 0 && errno != EEXIST) { perror(path); exit(1); }
}

static void *write_worker(void *unused) {
    (void)unused;
    char path[4096];
    for (;;) {
        size_t index = atomic_fetch_add(&next_item, 1);
        if (index >= entries.count) break;
        const Entry *entry = &entries.items[index];
        snprintf(path, sizeof path, "%s/%s", destination, entry->path);
        if (entry->is_folder) {
            make_folder(path);
            continue;
        }
        int fd;
        while ((fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644)) < 0) {
            if (errno != ENOENT) { perror(path); exit(1); }
            // The other worker took this file's folder but has not made it yet.
            make_parent(path);
        }
        size_t done = 0;
        while (done < entry->length) {
            size_t part = entry->length - done < sizeof filler ? entry->length - done : sizeof filler;
            ssize_t wrote = write(fd, filler, part);
            if (wrote < 0) { perror(path); exit(1); }
            done += wrote;
        }
        close(fd);
    }
    return NULL;
}

static double run_workers(void *(*worker)(void *)) {
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    if (cores < 1) cores = 1;
    pthread_t threads[64];
    if (cores > 64) cores = 64;
    atomic_store(&next_item, 0);
    double started = now();
    for (long i = 0; i < cores; i++) pthread_create(&threads[i], NULL, worker, NULL);
    for (long i = 0; i < cores; i++) pthread_join(threads[i], NULL);
    return now() - started;
}

static void totals(size_t *files, size_t *bytes) {
    *files = *bytes = 0;
    for (size_t i = 0; i < entries.count; i++) {
        if (entries.items[i].is_folder) continue;
        *bytes += entries.items[i].length;
        (*files)++;
    }
}

int main(int argc, char **argv) {
    if (argc == 3 && strcmp(argv[1], "parse") == 0) {
        walk(argv[2], "", 1, &entries);
        size_t files, bytes;
        totals(&files, &bytes);
        double seconds = run_workers(parse_worker);
        printf("parse: %zu files, %.1f MB, %ld YAML events, %.2f s\n", files, bytes / 1e6, atomic_load(&events), seconds);
        return 0;
    }
    if (argc == 4 && strcmp(argv[1], "write") == 0) {
        walk(argv[2], "", 0, &entries);
        memset(filler, '<', sizeof filler);
        destination = argv[3];
        if (mkdir(destination, 0755) != 0) { perror(destination); return 1; }
        size_t files, bytes;
        totals(&files, &bytes);
        double seconds = run_workers(write_worker);
        printf("write: %zu files, %.1f MB, %.2f s\n", files, bytes / 1e6, seconds);
        return 0;
    }
    fprintf(stderr, "usage: floor parse CONTENT_DIR | floor write SITE_DIR DEST_DIR\n");
    return 2;
}
