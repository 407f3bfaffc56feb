/*
 * fuzz-config: the configuration parser on hostile lines.  Each line is
 * applied with cfg_apply_line() (but `source` and `theme`, which open the
 * files they name, are left out), then the kept lines go through
 * cfg_load() from a file.  Options stay within their ranges, every
 * option can be written back, and every key name a line gives survives
 * keys_key_name() and keys_key_from_name() and is clean text.
 */
#include "fuzz.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "parallax/config.h"
#include "parallax/keys.h"
#include "parallax/text.h"
#include "parallax/theme.h"

static char	fuzz_path[64];

static void
fuzz_unlink(void)
{
	unlink(fuzz_path);
}

/* A scratch file, made once per process and removed at exit. */
static char *
fuzz_scratch(void)
{
	int	fd;

	if (fuzz_path[0] == '\0') {
		strcpy(fuzz_path, "/tmp/parallax-fuzz-config.XXXXXX");
		FUZZ_CHECK((fd = mkstemp(fuzz_path)) != -1);
		close(fd);
		atexit(fuzz_unlink);
	}
	return fuzz_path;
}

static void
fuzz_key(const char *word)
{
	char	buf[KEYS_NAME_MAX];
	int	k;

	if ((k = keys_key_from_name(word)) < 0)
		return;
	keys_key_name(k, buf);
	FUZZ_CHECK(strlen(buf) < KEYS_NAME_MAX);
	FUZZ_CHECK(text_is_clean(buf, strlen(buf)));
	FUZZ_CHECK(keys_key_from_name(buf) == k);
}

/* Apply one line unless it names a file; true when it was kept. */
static bool
fuzz_line(struct cfg *cfg, const char *line)
{
	char	**w, *cause = NULL;
	size_t	  n, i;
	bool	  keep;

	if (theme_split_line(line, &w, &n, &cause) != 0) {
		FUZZ_CHECK(cause != NULL);
		free(cause);
		return true;
	}
	for (i = 0; i < n; i++)
		fuzz_key(w[i]);
	keep = n == 0 || (strcmp(w[0], "source") != 0 &&
	    strcmp(w[0], "theme") != 0);
	theme_free_words(w, n);
	if (!keep)
		return false;
	if (cfg_apply_line(cfg, line, &cause) != 0)
		FUZZ_CHECK(cause != NULL);
	free(cause);
	return true;
}

static void
fuzz_options(const struct cfg *cfg)
{
	char	*v;
	size_t	 i;

	FUZZ_CHECK(cfg->sidebar_width >= 20 && cfg->sidebar_width <= 200);
	FUZZ_CHECK(cfg->refresh >= 0 && cfg->refresh <= 3600);
	FUZZ_CHECK(cfg->sort >= 0 && cfg->sort < CFG_SORT__MAX);
	for (i = 0; i < CFG_OPTION__MAX; i++) {
		v = cfg_option_value(cfg, (enum cfg_option)i);
		FUZZ_CHECK(v != NULL && text_is_clean(v, strlen(v)));
		free(v);
	}
	for (i = 0; i < THEME__MAX; i++) {
		FUZZ_CHECK(cfg->theme.el[i].fg.index >= -1 &&
		    cfg->theme.el[i].fg.index <= 255);
		FUZZ_CHECK(cfg->theme.el[i].bg.index >= -1 &&
		    cfg->theme.el[i].bg.index <= 255);
	}
}

/* The kept lines, loaded from a file as the program would. */
static void
fuzz_load(const char *kept, size_t len)
{
	struct cfg	  cfg;
	char		**errors = NULL, *path = fuzz_scratch();
	size_t		  nerrors = 0;
	FILE		 *f;

	FUZZ_CHECK((f = fopen(path, "w")) != NULL);
	FUZZ_CHECK(fwrite(kept, 1, len, f) == len && fclose(f) == 0);
	cfg_init(&cfg);
	cfg_load(&cfg, path, &errors, &nerrors);
	fuzz_options(&cfg);
	cfg_free_errors(errors, nerrors);
	cfg_fini(&cfg);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct cfg	 cfg;
	char		*copy, *line, *next, *kept;
	size_t		 klen = 0, n;

	copy = malloc(size + 1);
	kept = malloc(size + 2);
	FUZZ_CHECK(copy != NULL && kept != NULL);
	memcpy(copy, data, size);
	copy[size] = '\0';
	cfg_init(&cfg);
	for (line = copy; line != NULL; line = next) {
		if ((next = strchr(line, '\n')) != NULL)
			*next++ = '\0';
		if (!fuzz_line(&cfg, line))
			continue;
		n = strlen(line);
		memcpy(kept + klen, line, n);
		klen += n;
		kept[klen++] = '\n';
	}
	fuzz_options(&cfg);
	cfg_fini(&cfg);
	fuzz_load(kept, klen);
	free(kept);
	free(copy);
	return 0;
}
