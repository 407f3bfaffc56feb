/*
 * replay: a main() for the fuzz harnesses that runs every file named on
 * the command line (every file of a folder named) through
 * LLVMFuzzerTestOneInput() once, so that the committed corpus is a
 * regression test with gcc or clang, with or without the sanitizers.  It
 * does no fuzzing of its own.
 */
#include "fuzz.h"

#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int replay_path(const char *path);

/* Read a whole file into a malloc'd buffer; 0 or -1 with errno. */
static int
replay_read(const char *path, uint8_t **data, size_t *len)
{
	FILE	*f;
	uint8_t	*p = NULL, *np;
	size_t	 cap = 0, n = 0, got;

	if ((f = fopen(path, "rb")) == NULL)
		return -1;
	do {
		if (n == cap) {
			cap = cap == 0 ? 65536 : cap * 2;
			if ((np = realloc(p, cap)) == NULL) {
				free(p);
				fclose(f);
				errno = ENOMEM;
				return -1;
			}
			p = np;
		}
		got = fread(p + n, 1, cap - n, f);
		n += got;
	} while (got > 0);
	if (ferror(f)) {
		free(p);
		fclose(f);
		errno = EIO;
		return -1;
	}
	fclose(f);
	*data = p;
	*len = n;
	return 0;
}

/* Replay every entry of a folder, in no particular order. */
static int
replay_dir(const char *path)
{
	DIR		*d;
	struct dirent	*e;
	char		*sub;
	size_t		 n;
	int		 rc = 0;

	if ((d = opendir(path)) == NULL) {
		fprintf(stderr, "replay: %s: %s\n", path, strerror(errno));
		return -1;
	}
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		n = strlen(path) + strlen(e->d_name) + 2;
		if ((sub = malloc(n)) == NULL)
			abort();
		snprintf(sub, n, "%s/%s", path, e->d_name);
		if (replay_path(sub) != 0)
			rc = -1;
		free(sub);
	}
	closedir(d);
	return rc;
}

static int
replay_path(const char *path)
{
	struct stat	 st;
	uint8_t		*data, *exact;
	size_t		 len;

	if (stat(path, &st) != 0) {
		fprintf(stderr, "replay: %s: %s\n", path, strerror(errno));
		return -1;
	}
	if (S_ISDIR(st.st_mode))
		return replay_dir(path);
	if (replay_read(path, &data, &len) != 0) {
		fprintf(stderr, "replay: %s: %s\n", path, strerror(errno));
		return -1;
	}
	/* Name the input first, so that a crash report says which it was. */
	if (getenv("FUZZ_REPLAY_VERBOSE") != NULL)
		fprintf(stderr, "replay: %s\n", path);
	/* An exact-size copy, as libFuzzer gives: ASan sees any overread. */
	if ((exact = malloc(len == 0 ? 1 : len)) == NULL)
		abort();
	if (len > 0)
		memcpy(exact, data, len);
	free(data);
	LLVMFuzzerTestOneInput(exact, len);
	free(exact);
	return 0;
}

int
main(int argc, char **argv)
{
	int	i, rc = 0;

	if (argc < 2) {
		fprintf(stderr, "usage: %s FILE|DIR...\n", argv[0]);
		return 2;
	}
	for (i = 1; i < argc; i++) {
		if (replay_path(argv[i]) != 0)
			rc = 1;
	}
	return rc;
}
