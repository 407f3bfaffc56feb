/*
 * store: the SQLite article store.  The only file that includes
 * <sqlite3.h>.  Owns the schema and its migrations, the batch
 * transactions, and every query; hands out plain records.  It must not
 * parse articles, print, or know about the terminal.
 */
#include "parallax/store.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <sqlite3.h>

#include "parallax/article.h"
#include "parallax/store-private.h"
#include "parallax/util.h"

/* "prlx" in PRAGMA application_id marks a parallax store. */
#define STORE_APPLICATION_ID	0x70726c78
#define STORE_BUSY_MS		60000
/* Term counts kept between readings outside a batch, at most. */
#define STORE_DF_KEPT		(1 << 20)
/* Story sizes kept for store_largest_story() before they are forgotten
 * (and counted again when next needed). */
#define STORE_COUNTS_KEPT	(1 << 16)
/* Stories a term of an article is looked up in, newest first. */
#define STORE_PER_TERM		64
/* Story-index pairs held in memory before a batch writes them out. */
#ifndef STORE_OVERLAY_MAX
#define STORE_OVERLAY_MAX	65536
#endif

enum store_stmt {
	ST_FIND_HASH,
	ST_FIND_OUTLET,
	ST_ADD_OUTLET,
	ST_ADD_STORY,
	ST_TOUCH_STORY,
	ST_RECUT_STORY,
	ST_ADD_ARTICLE,
	ST_GET_ARTICLE,
	ST_REMOVE_ARTICLE,
	ST_DROP_EMPTY_STORY,
	ST_COUNT,
	ST_SEARCH,
	ST_ADD_CLAIM,
	ST_STORY_CLAIMS,
	ST_DF_GET,
	ST_DF_ADD,
	ST_INDEX_GET,
	ST_INDEX_ADD,
	ST_INDEX_ONE,
	ST_INDEX_KTH,
	ST_STORY_INFO,
	ST_STORY_UPDATE,
	ST_STORY_TITLES,
	ST_SET_TITLE,
	ST_CACHE_GET,
	ST_CACHE_PUT,
	ST_ARTICLE_SIG,
	ST_MOVE_ARTICLE,
	ST_DATA_VERSION,
	ST_STORY_ARTICLES,
	ST_STORY_SIZE,
	ST_LARGEST_STORY,
	ST_FTS_BATCH,
	ST__MAX
};

/* Prepared once, reset after each use. */
static const char *store_sql[ST__MAX] = {
	[ST_FIND_HASH] = "SELECT id FROM articles WHERE hash = ?1",
	[ST_FIND_OUTLET] = "SELECT id FROM outlets WHERE name = ?1",
	[ST_ADD_OUTLET] = "INSERT INTO outlets (name) VALUES (?1)",
	[ST_ADD_STORY] = "INSERT INTO stories (title, created, updated)"
	    " VALUES (?1, ?2, ?2)",
	[ST_TOUCH_STORY] = "UPDATE stories SET updated = ?2,"
	    " version = version + 1 WHERE id = ?1",
	[ST_RECUT_STORY] = "UPDATE stories SET version = version + 1"
	    " WHERE id = ?1",
	[ST_ADD_ARTICLE] = "INSERT INTO articles (outlet, story, title,"
	    " author, date, url, origin, hash, body, added, invalid,"
	    " signature)"
	    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
	[ST_GET_ARTICLE] = "SELECT a.title, o.name, a.author, a.date, a.url,"
	    " a.origin, a.body, a.invalid, a.story FROM articles a"
	    " JOIN outlets o ON o.id = a.outlet WHERE a.id = ?1",
	[ST_REMOVE_ARTICLE] = "DELETE FROM articles WHERE id = ?1"
	    " RETURNING story",
	[ST_DROP_EMPTY_STORY] = "DELETE FROM stories WHERE id = ?1 AND"
	    " NOT EXISTS (SELECT 1 FROM articles WHERE story = ?1)",
	[ST_COUNT] = "SELECT count(*) FROM articles",
	[ST_STORY_SIZE] = "SELECT count(*) FROM articles WHERE story = ?1",
	[ST_LARGEST_STORY] = "SELECT count(*) AS n FROM articles"
	    " WHERE story IS NOT NULL GROUP BY story ORDER BY n DESC LIMIT 1",
	[ST_SEARCH] = "SELECT a.id, a.story, o.name, a.title, a.date,"
	    " a.origin, a.added,"
	    " snippet(articles_fts, 1, '[', ']', '…', 12)"
	    " FROM articles_fts f JOIN articles a ON a.id = f.rowid"
	    " JOIN outlets o ON o.id = a.outlet"
	    " WHERE articles_fts MATCH ?1 ORDER BY rank LIMIT ?2",
	[ST_ADD_CLAIM] = "INSERT OR REPLACE INTO claims (article, count, data,"
	    " cut) VALUES (?1, ?2, ?3, ?4)",
	[ST_STORY_CLAIMS] = "SELECT c.article, c.data FROM articles a"
	    " JOIN claims c ON c.article = a.id WHERE a.story = ?1"
	    " ORDER BY a.id",
	[ST_DF_GET] = "SELECT df FROM terms WHERE term = ?1",
	[ST_DF_ADD] = "INSERT INTO terms (term, df) VALUES (?1, ?2)"
	    " ON CONFLICT (term) DO UPDATE SET df = df + excluded.df",
	[ST_INDEX_GET] = "SELECT story, weight FROM story_index"
	    " WHERE term = ?1 ORDER BY story DESC LIMIT ?2",
	[ST_INDEX_ADD] = "INSERT INTO story_index (term, story, weight)"
	    " VALUES (?1, ?2, ?3) ON CONFLICT (term, story) DO UPDATE"
	    " SET weight = weight + excluded.weight",
	[ST_INDEX_ONE] = "SELECT weight FROM story_index"
	    " WHERE term = ?1 AND story = ?2",
	[ST_INDEX_KTH] = "SELECT story FROM story_index WHERE term = ?1"
	    " ORDER BY story DESC LIMIT 1 OFFSET ?2",
	[ST_STORY_INFO] = "SELECT title, version, norm2, date_first, date_last"
	    " FROM stories WHERE id = ?1",
	[ST_STORY_UPDATE] = "UPDATE stories SET norm2 = max(0, norm2 + ?2),"
	    " date_first = CASE WHEN ?3 IS NULL THEN date_first"
	    " WHEN date_first IS NULL OR ?3 < date_first THEN ?3"
	    " ELSE date_first END,"
	    " date_last = CASE WHEN ?3 IS NULL THEN date_last"
	    " WHEN date_last IS NULL OR ?3 > date_last THEN ?3"
	    " ELSE date_last END WHERE id = ?1",
	[ST_STORY_TITLES] = "SELECT id, title FROM articles WHERE story = ?1"
	    " ORDER BY id LIMIT ?2",
	[ST_SET_TITLE] = "UPDATE stories SET title = ?2 WHERE id = ?1",
	[ST_CACHE_GET] = "SELECT c.data FROM xref_cache c JOIN stories s"
	    " ON s.id = c.story WHERE c.story = ?1 AND c.version = s.version",
	[ST_CACHE_PUT] = "INSERT OR REPLACE INTO xref_cache (story, version,"
	    " nclaims, data) SELECT id, version, ?3, ?2 FROM stories"
	    " WHERE id = ?1 AND version = ?4",
	[ST_ARTICLE_SIG] = "SELECT story, signature, date FROM articles"
	    " WHERE id = ?1",
	[ST_MOVE_ARTICLE] = "UPDATE articles SET story = ?2, pinned = ?3"
	    " WHERE id = ?1",
	[ST_DATA_VERSION] = "PRAGMA data_version",
	[ST_FTS_BATCH] = "INSERT INTO articles_fts (rowid, title, body)"
	    " SELECT id, title, body FROM articles WHERE id >= ?1",
	[ST_STORY_ARTICLES] = "SELECT a.id, a.story, o.name, a.title, a.date,"
	    " a.origin, a.added FROM articles a JOIN outlets o"
	    " ON o.id = a.outlet WHERE a.story = ?1 ORDER BY a.id",
};

/* A story's article count, as the batch has made it. */
struct store_size {
	int64_t	story;			/* 0: an empty slot */
	int64_t	n;
};

struct store {
	sqlite3			*db;
	int			 busy_ms;	/* store_set_busy_stop()'s */
	const atomic_bool	*busy_stop;
	char			*path;
	sqlite3_stmt		*stmt[ST__MAX];
	bool			 in_txn;
	bool			 readonly;	/* no write access: reading only */
	uint64_t		 df_version;	/* data_version of kept counts */
	long			 df_docs;	/* articles added this batch */
	int64_t			 ndocs;		/* articles before the batch */
	int64_t			 batch_first;	/* first article of the batch */
	struct store_overlay	*ov;		/* the batch's story index */
	int64_t			 largest;	/* articles of the largest
						   story, or -1 */
	struct store_size	*sizes;		/* stories' article counts */
	size_t			 nsizes;
	size_t			 sizes_cap;	/* power of two, or 0 */
	uint64_t		 sizes_version;	/* data_version they are of */
	unsigned		 ov_mark;	/* marks pairs already counted */
};

/* The ordered migrations: migrations[i] takes user_version i to i + 1. */
static const char *store_migrations[] = {
	/* 0 -> 1: outlets, stories, articles, full-text index, claims. */
	"CREATE TABLE outlets ("
	"  id INTEGER PRIMARY KEY,"
	"  name TEXT NOT NULL UNIQUE);"
	"CREATE TABLE stories ("
	"  id INTEGER PRIMARY KEY,"
	"  title TEXT NOT NULL,"
	"  created INTEGER NOT NULL,"
	"  updated INTEGER NOT NULL,"
	"  version INTEGER NOT NULL DEFAULT 0,"
	"  date_first TEXT,"
	"  date_last TEXT,"
	"  norm2 REAL NOT NULL DEFAULT 0,"
	"  pinned INTEGER NOT NULL DEFAULT 0);"
	"CREATE TABLE articles ("
	"  id INTEGER PRIMARY KEY,"
	"  outlet INTEGER NOT NULL REFERENCES outlets(id),"
	"  story INTEGER REFERENCES stories(id),"
	"  title TEXT NOT NULL,"
	"  author TEXT,"
	"  date TEXT,"
	"  url TEXT,"
	"  origin TEXT NOT NULL,"
	"  hash TEXT NOT NULL UNIQUE,"
	"  body TEXT NOT NULL,"
	"  added INTEGER NOT NULL,"
	"  invalid INTEGER NOT NULL DEFAULT 0,"
	"  signature TEXT,"
	"  pinned INTEGER NOT NULL DEFAULT 0);"
	"CREATE INDEX articles_story ON articles(story);"
	"CREATE INDEX articles_outlet ON articles(outlet);"
	"CREATE VIRTUAL TABLE articles_fts USING fts5(title, body,"
	"  content='articles', content_rowid='id',"
	"  tokenize='unicode61 remove_diacritics 2');"
	/* New articles enter the index in one statement per batch (see
	 * store_commit()): far cheaper than a trigger per row. */
	"CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN"
	"  INSERT INTO articles_fts (articles_fts, rowid, title, body)"
	"  VALUES ('delete', old.id, old.title, old.body); END;"
	"CREATE TRIGGER articles_au AFTER UPDATE OF title, body ON articles"
	"  BEGIN"
	"  INSERT INTO articles_fts (articles_fts, rowid, title, body)"
	"  VALUES ('delete', old.id, old.title, old.body);"
	"  INSERT INTO articles_fts (rowid, title, body)"
	"  VALUES (new.id, new.title, new.body); END;"
	/* The claims of an article, one row: read and written whole. */
	"CREATE TABLE claims ("
	"  article INTEGER PRIMARY KEY REFERENCES articles(id)"
	"    ON DELETE CASCADE,"
	"  count INTEGER NOT NULL,"
	"  data TEXT NOT NULL);"
	"CREATE TABLE terms ("
	"  term TEXT PRIMARY KEY,"
	"  df INTEGER NOT NULL) WITHOUT ROWID;"
	"CREATE TABLE story_index ("
	"  term TEXT NOT NULL,"
	"  story INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,"
	"  weight REAL NOT NULL,"
	"  PRIMARY KEY (term, story)) WITHOUT ROWID;"
	"CREATE INDEX story_index_story ON story_index(story);"
	"CREATE TABLE xref_cache ("
	"  story INTEGER PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,"
	"  version INTEGER NOT NULL,"
	"  nclaims INTEGER NOT NULL DEFAULT 0,"
	"  data BLOB NOT NULL);",
	/* 1 -> 2: followed feeds and the items already seen in each. */
	"CREATE TABLE feeds ("
	"  id INTEGER PRIMARY KEY,"
	"  url TEXT NOT NULL UNIQUE,"
	"  source TEXT,"
	"  title TEXT,"
	"  etag TEXT,"
	"  last_modified TEXT,"
	"  fulltext INTEGER NOT NULL DEFAULT 1,"
	"  last_status INTEGER NOT NULL DEFAULT 0,"
	"  last_error TEXT,"
	"  last_fetch INTEGER NOT NULL DEFAULT 0,"
	"  added INTEGER NOT NULL);"
	"CREATE TABLE feed_items ("
	"  feed INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,"
	"  key TEXT NOT NULL,"
	"  article INTEGER REFERENCES articles(id) ON DELETE SET NULL,"
	"  added INTEGER NOT NULL,"
	"  UNIQUE (feed, key));"
	"CREATE INDEX feed_items_article ON feed_items(article);",
	/* 2 -> 3: what the interface asks of every story at once: its
	 * outlets, and its cached shared-claim count. */
	("CREATE INDEX articles_story_outlet ON articles(story, outlet);"
	"CREATE INDEX xref_cache_count ON xref_cache(story, version, nclaims);"),
	/* 3 -> 4: new claims are written in the shorter second form (see
	 * claim.c), which older programs cannot read; the first form is
	 * still read, so nothing is rewritten. */
	"SELECT 1;",
	/* 4 -> 5: the version of the rules that cut each article's claims
	 * (CLAIM_CUT_VERSION); 0, older than any, for those already here,
	 * which `parallax reindex` cuts again. */
	("ALTER TABLE claims ADD COLUMN cut INTEGER NOT NULL DEFAULT 0;"
	"CREATE INDEX claims_cut ON claims(cut, article);"),
};
_Static_assert(UTIL_NELEM(store_migrations) == STORE_SCHEMA_VERSION,
    "one migration for each schema version");

static void	store_df_clear(struct store *);
static void	store_sizes_forget(struct store *);
static void	store_sizes_check(struct store *);
static int	store_df_flush(struct store *, char **);
static int	store_fts_flush(struct store *, char **);
static int	store_index_flush(struct store *, char **);

static int
store_fail(struct store *st, char **cause, const char *what)
{
	*cause = xasprintf("%s: %s: %s", st->path, what,
	    sqlite3_errmsg(st->db));
	return -1;
}

static char *
store_dup_column(sqlite3_stmt *s, int col)
{
	const unsigned char	*t;

	if (sqlite3_column_type(s, col) == SQLITE_NULL)
		return NULL;
	t = sqlite3_column_text(s, col);
	return xstrndup((const char *)t, (size_t)sqlite3_column_bytes(s, col));
}

static unsigned long
store_be32(const unsigned char *p)
{
	return (unsigned long)p[0] << 24 | (unsigned long)p[1] << 16 |
	    (unsigned long)p[2] << 8 | (unsigned long)p[3];
}

/* True when path has a write-ahead log beside it that is not empty. */
static bool
store_has_wal(const char *path)
{
	struct stat	 sb;
	char		*wal = xasprintf("%s-wal", path);
	bool		 has;

	has = stat(wal, &sb) == 0 && sb.st_size > 0;
	free(wal);
	return has;
}

/*
 * Look at the file before SQLite does, so that a file we refuse is never
 * written to (SQLite would otherwise add -wal and -shm files or a journal).
 * Returns 0 when the file is absent or empty (*fresh set), or looks like
 * our store; -1 with *cause otherwise.
 */
static int
store_inspect(const char *path, bool *fresh, char **cause)
{
	unsigned char	 h[100];
	struct stat	 sb;
	unsigned long	 pagesize, pages, appid, version;
	ssize_t		 n;
	int		 fd;

	*fresh = false;
	fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
	if (fd == -1 && errno == ENOENT) {
		*fresh = true;
		return 0;
	}
	if (fd == -1) {
		*cause = xasprintf("%s: %s", path, strerror(errno));
		return -1;
	}
	if (fstat(fd, &sb) == -1 || !S_ISREG(sb.st_mode)) {
		*cause = xasprintf("%s: not a regular file", path);
		close(fd);
		return -1;
	}
	if (sb.st_size == 0) {
		close(fd);
		*fresh = true;
		return 0;
	}
	n = read(fd, h, sizeof h);
	close(fd);
	if (n != (ssize_t)sizeof h ||
	    memcmp(h, "SQLite format 3", 16) != 0) {
		*cause = xasprintf("%s: not a parallax store (not an SQLite "
		    "database); refusing to touch it", path);
		return -1;
	}
	pagesize = (unsigned long)h[16] << 8 | h[17];
	if (pagesize == 1)
		pagesize = 65536;
	pages = store_be32(h + 28);
	appid = store_be32(h + 68);
	version = store_be32(h + 60);
	/* 0: a store being created by another process (its identity may
	 * still be in the write-ahead log), or a foreign database, which
	 * store_identify() tells apart before anything is written. */
	if (appid != STORE_APPLICATION_ID && appid != 0) {
		*cause = xasprintf("%s: not a parallax store (an SQLite "
		    "database of another program); refusing to touch it",
		    path);
		return -1;
	}
	/* A write-ahead log may still hold the pages a checkpoint had not
	 * finished writing (after a full disk, say): SQLite recovers those.
	 * Without one, a file shorter than its header says was cut. */
	if (store_be32(h + 92) == store_be32(h + 24) &&
	    (unsigned long long)pages * pagesize >
	    (unsigned long long)sb.st_size && !store_has_wal(path)) {
		*cause = xasprintf("%s: the store is truncated (%lld of %llu "
		    "bytes); refusing to touch it", path,
		    (long long)sb.st_size,
		    (unsigned long long)pages * pagesize);
		return -1;
	}
	if (version > STORE_SCHEMA_VERSION) {
		*cause = xasprintf("%s: the store was written by a newer "
		    "parallax (schema %lu, this one knows %d); refusing to "
		    "touch it", path, version, STORE_SCHEMA_VERSION);
		return -1;
	}
	return 0;
}

static int
store_exec(struct store *st, const char *sql, char **cause)
{
	char	*msg = NULL;

	if (sqlite3_exec(st->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
		*cause = xasprintf("%s: %s", st->path,
		    msg != NULL ? msg : sqlite3_errmsg(st->db));
		sqlite3_free(msg);
		return -1;
	}
	return 0;
}

static int
store_int_query(struct store *st, const char *sql, long long *v,
    char **cause)
{
	sqlite3_stmt	*s;
	int		 rc;

	if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK)
		return store_fail(st, cause, "cannot read the store");
	rc = sqlite3_step(s);
	if (rc != SQLITE_ROW) {
		sqlite3_finalize(s);
		return store_fail(st, cause, "cannot read the store");
	}
	*v = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	return 0;
}

/* Bring the schema up to date, all in one immediate transaction so that
 * two processes creating a store at once do not both migrate. */
static int
store_migrate(struct store *st, char **cause)
{
	long long	version, appid;
	size_t		i;
	char		*sql;

	/* Up to date, as a store mostly is: nothing to write, so no wait
	 * for the write lock, which another process's import may hold for
	 * as long as the import takes.  (The version only grows, in the
	 * transaction that also sets the id.) */
	if (store_int_query(st, "PRAGMA user_version", &version, cause) != 0 ||
	    store_int_query(st, "PRAGMA application_id", &appid, cause) != 0)
		return -1;
	if (version == STORE_SCHEMA_VERSION && appid == STORE_APPLICATION_ID)
		return 0;
	if (store_exec(st, "BEGIN IMMEDIATE", cause) != 0)
		return -1;
	if (store_int_query(st, "PRAGMA user_version", &version, cause) != 0 ||
	    store_int_query(st, "PRAGMA application_id", &appid, cause) != 0)
		goto fail;
	if (version == 0 && appid == 0) {
		/* Brand new: must be empty, or it is somebody else's. */
		long long tables;
		if (store_int_query(st, "SELECT count(*) FROM sqlite_schema",
		    &tables, cause) != 0)
			goto fail;
		if (tables != 0) {
			*cause = xasprintf("%s: not a parallax store (an "
			    "SQLite database of another program)", st->path);
			goto fail;
		}
	}
	if (version > STORE_SCHEMA_VERSION) {
		*cause = xasprintf("%s: the store was written by a newer "
		    "parallax (schema %lld)", st->path, version);
		goto fail;
	}
	for (i = (size_t)version; i < UTIL_NELEM(store_migrations); i++) {
		if (store_exec(st, store_migrations[i], cause) != 0)
			goto fail;
	}
	sql = xasprintf("PRAGMA application_id = %d; PRAGMA user_version = %d",
	    STORE_APPLICATION_ID, STORE_SCHEMA_VERSION);
	if (store_exec(st, sql, cause) != 0) {
		free(sql);
		goto fail;
	}
	free(sql);
	return store_exec(st, "COMMIT", cause);
fail:
	sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
	return -1;
}

/*
 * Refuse, before anything is written, a database that is not ours: one
 * with another application id, or none and tables of its own.
 */
static int
store_identify(struct store *st, char **cause)
{
	long long	appid, version, tables;

	/* One read transaction: read one by one, the three could straddle
	 * another process's creation of the store (identity still 0, tables
	 * already there) and take it for somebody else's. */
	if (store_exec(st, "BEGIN", cause) != 0)
		return -1;
	if (store_int_query(st, "PRAGMA application_id", &appid, cause) != 0 ||
	    store_int_query(st, "PRAGMA user_version", &version, cause) != 0 ||
	    store_int_query(st, "SELECT count(*) FROM sqlite_schema", &tables,
	    cause) != 0) {
		sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
		return -1;
	}
	if (store_exec(st, "COMMIT", cause) != 0)
		return -1;
	if (appid == STORE_APPLICATION_ID || (appid == 0 && version == 0 &&
	    tables == 0))
		return 0;
	*cause = xasprintf("%s: not a parallax store (an SQLite database of "
	    "another program); refusing to touch it", st->path);
	return -1;
}

/* A store opened for reading only must not need a migration. */
static int
store_check_readonly(struct store *st, char **cause)
{
	long long	version;

	if (store_int_query(st, "PRAGMA user_version", &version, cause) != 0)
		return -1;
	if (version < STORE_SCHEMA_VERSION) {
		*cause = xasprintf("%s: the store is read-only and needs "
		    "upgrading (schema %lld to %d): open it once with write "
		    "access", st->path, version, STORE_SCHEMA_VERSION);
		return -1;
	}
	return 0;
}

/*
 * Switch to WAL and bring the schema up to date.  Two processes opening a
 * new store at once can meet a lock that SQLite does not wait for (the
 * journal mode change), so a busy store is tried again for a while.
 */
static int
store_setup(struct store *st, char **cause)
{
	struct timespec	pause = { 0, 20 * 1000 * 1000 };
	int		tries;

	if (store_identify(st, cause) != 0)
		return -1;
	if (st->readonly)
		return store_check_readonly(st, cause);
	/* A new store gets pages of 16 KiB (an article's claims fit in one;
	 * add is 5-8% faster than with 4 KiB, at 10,000 and 100,000
	 * articles); a store that exists keeps its own. */
	for (tries = 0; ; tries++) {
		if (store_exec(st, "PRAGMA page_size = 16384;"
		    " PRAGMA journal_mode = WAL;"
		    " PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;"
		    " PRAGMA temp_store = MEMORY;"
		    " PRAGMA cache_size = -16384", cause) == 0 &&
		    store_migrate(st, cause) == 0)
			return 0;
		/* The cause, not the error code: a rollback may have
		 * reset that. */
		if (strstr(*cause, sqlite3_errstr(SQLITE_BUSY)) == NULL ||
		    tries >= STORE_BUSY_MS / 20)
			return -1;
		free(*cause);
		nanosleep(&pause, NULL);
	}
}

char *
store_default_path(void)
{
	const char	*xdg, *home;

	if ((xdg = getenv("XDG_DATA_HOME")) != NULL && *xdg == '/')
		return xasprintf("%s/parallax/store.db", xdg);
	if ((home = getenv("HOME")) != NULL && *home != '\0')
		return xasprintf("%s/.local/share/parallax/store.db", home);
	return NULL;
}

static int
store_prepare(struct store *st, char **cause)
{
	size_t	i;

	for (i = 0; i < ST__MAX; i++) {
		if (sqlite3_prepare_v3(st->db, store_sql[i], -1,
		    SQLITE_PREPARE_PERSISTENT, &st->stmt[i], NULL) != SQLITE_OK)
			return store_fail(st, cause, "cannot prepare a query");
	}
	return 0;
}

/*
 * Open a store we may not write, leaving no file beside it.  With no log
 * pending the main file holds every committed change and is read as
 * immutable; a pending log is read through its -shm file, as SQLite
 * must.
 */
static int
store_open_readonly(struct store *st)
{
	struct buf	 uri;
	char		*u;
	const char	*p;
	int		 rc;

	if (store_has_wal(st->path))
		return sqlite3_open_v2(st->path, &st->db, SQLITE_OPEN_READONLY |
		    SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_NOMUTEX, NULL);
	buf_init(&uri);
	buf_adds(&uri, st->path[0] == '/' ? "file://" : "file:");
	for (p = st->path; *p != '\0'; p++) {
		if (*p == '%' || *p == '?' || *p == '#')
			buf_printf(&uri, "%%%02X", (unsigned char)*p);
		else
			buf_addc(&uri, *p);
	}
	buf_adds(&uri, "?immutable=1");
	u = buf_detach(&uri, NULL);
	rc = sqlite3_open_v2(u, &st->db, SQLITE_OPEN_READONLY |
	    SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, NULL);
	free(u);
	return rc;
}

static int	store_connect(const char *, bool, struct store **, char **);

/*
 * Once, before SQLite's first use: no count of its memory (each count
 * takes a lock shared by every thread).  Each connection is used by one
 * thread at a time, so store_connect() opens them without locks of their
 * own (SQLITE_OPEN_NOMUTEX).
 */
static void
store_lib_setup(void)
{
	sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
	sqlite3_initialize();
}

int
store_open(const char *path, bool create_dirs, struct store **out,
    char **cause)
{
	bool		 fresh;
	char		*dir, *slash;

	if (store_inspect(path, &fresh, cause) != 0)
		return -1;
	if (fresh && create_dirs) {
		dir = xstrdup(path);
		if ((slash = strrchr(dir, '/')) != NULL && slash != dir) {
			*slash = '\0';
			if (util_mkdirs(dir, 0700) != 0) {
				*cause = xasprintf("%s: cannot create the "
				    "folder: %s", dir, strerror(errno));
				free(dir);
				return -1;
			}
		}
		free(dir);
	}
	return store_connect(path, fresh, out, cause);
}

/*
 * A connection to the store at path, which store_open() has inspected
 * (fresh: it did not exist).  Only store_inspect() opens the file itself:
 * closing a file descriptor drops every lock the process holds on that
 * file, SQLite's included, so a process that has the store open already
 * must not inspect it again (store_open_again()).
 */
static int
store_connect(const char *path, bool fresh, struct store **out,
    char **cause)
{
	static pthread_once_t	 once = PTHREAD_ONCE_INIT;
	struct store		*st;

	pthread_once(&once, store_lib_setup);
	st = xcalloc(1, sizeof *st);
	st->path = xstrdup(path);
	st->ndocs = -1;
	st->largest = -1;
	st->ov = store_overlay_new();
	/* Without write access (permissions, an immutable file, a
	 * read-only file system) the store can still be read. */
	st->readonly = !fresh && access(path, W_OK) != 0;
	if (st->readonly ? store_open_readonly(st) != SQLITE_OK :
	    sqlite3_open_v2(path, &st->db, SQLITE_OPEN_READWRITE |
	    SQLITE_OPEN_CREATE | SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_NOMUTEX,
	    NULL) != SQLITE_OK) {
		*cause = xasprintf("%s: cannot open the store: %s", path,
		    st->db != NULL ? sqlite3_errmsg(st->db) : "out of memory");
		store_close(st);
		return -1;
	}
	sqlite3_busy_timeout(st->db, STORE_BUSY_MS);
	sqlite3_extended_result_codes(st->db, 1);
	if (store_setup(st, cause) != 0 || store_prepare(st, cause) != 0) {
		store_close(st);
		return -1;
	}
	*out = st;
	return 0;
}

int
store_open_again(const struct store *st, struct store **out, char **cause)
{
	return store_connect(st->path, false, out, cause);
}

void
store_close(struct store *st)
{
	size_t	i;

	if (st == NULL)
		return;
	if (st->in_txn)
		store_rollback(st);
	for (i = 0; i < ST__MAX; i++)
		sqlite3_finalize(st->stmt[i]);
	store_df_clear(st);
	free(st->sizes);
	store_overlay_free(st->ov);
	sqlite3_close(st->db);
	free(st->path);
	free(st);
}

int
store_begin(struct store *st, char **cause)
{
	if (st->readonly) {
		*cause = xasprintf("%s: the store is read-only (no write "
		    "access to it)", st->path);
		return 1;
	}
	/* IMMEDIATE: take the write lock now, waiting politely for any
	 * other writer, rather than failing halfway through a batch. */
	if (store_exec(st, "BEGIN IMMEDIATE", cause) != 0)
		return -1;
	st->in_txn = true;
	st->batch_first = 0;
	store_df_clear(st);
	store_sizes_check(st);
	return 0;
}

int
store_commit(struct store *st, char **cause)
{
	if (store_index_flush(st, cause) != 0 ||
	    store_df_flush(st, cause) != 0 ||
	    store_fts_flush(st, cause) != 0 ||
	    store_exec(st, "COMMIT", cause) != 0) {
		store_rollback(st);
		return -1;
	}
	st->in_txn = false;
	store_df_clear(st);
	return 0;
}

void
store_rollback(struct store *st)
{
	if (st->in_txn)
		sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
	st->in_txn = false;
	store_df_clear(st);
	store_sizes_forget(st);
}

static sqlite3_stmt *
store_stmt(struct store *st, enum store_stmt which)
{
	sqlite3_stmt	*s = st->stmt[which];

	sqlite3_reset(s);
	sqlite3_clear_bindings(s);
	return s;
}

static void
store_bind_text(sqlite3_stmt *s, int i, const char *t)
{
	if (t == NULL)
		sqlite3_bind_null(s, i);
	else
		sqlite3_bind_text(s, i, t, -1, SQLITE_STATIC);
}

/* The id of the named outlet, added when new. */
static int
store_outlet(struct store *st, const char *name, int64_t *id, char **cause)
{
	sqlite3_stmt	*s;
	int		 rc;

	s = store_stmt(st, ST_FIND_OUTLET);
	store_bind_text(s, 1, name);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		*id = sqlite3_column_int64(s, 0);
		sqlite3_reset(s);
		return 0;
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return store_fail(st, cause, "cannot read outlets");
	s = store_stmt(st, ST_ADD_OUTLET);
	store_bind_text(s, 1, name);
	rc = sqlite3_step(s);
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return store_fail(st, cause, "cannot add an outlet");
	*id = sqlite3_last_insert_rowid(st->db);
	return 0;
}

static int
store_story_for(struct store *st, const struct article *a, int64_t *story,
    char **cause)
{
	sqlite3_stmt	*s;
	int		 rc;

	if (*story != 0) {
		s = store_stmt(st, ST_TOUCH_STORY);
		sqlite3_bind_int64(s, 1, *story);
		sqlite3_bind_int64(s, 2, (sqlite3_int64)time(NULL));
	} else {
		s = store_stmt(st, ST_ADD_STORY);
		store_bind_text(s, 1, a->title != NULL ? a->title : "");
		sqlite3_bind_int64(s, 2, (sqlite3_int64)time(NULL));
	}
	rc = sqlite3_step(s);
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return store_fail(st, cause, "cannot record the story");
	if (*story == 0)
		*story = sqlite3_last_insert_rowid(st->db);
	return 0;
}

int
store_find_body(struct store *st, const char *body, size_t len,
    int64_t *id, char **cause)
{
	sqlite3_stmt	*s;
	char		 hash[40];
	int		 rc;

	snprintf(hash, sizeof hash, "%016llx-%zx", util_hash64(body, len),
	    len);
	s = store_stmt(st, ST_FIND_HASH);
	sqlite3_bind_text(s, 1, hash, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		*id = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	if (rc == SQLITE_ROW)
		return 0;
	if (rc != SQLITE_DONE)
		return store_fail(st, cause, "cannot read articles");
	return 1;
}

/* ---- story sizes ---- */

/* Empty the table of stories' counts (each is counted again when its
 * story next grows). */
static void
store_sizes_clear(struct store *st)
{
	if (st->nsizes > 0)
		memset(st->sizes, 0, st->sizes_cap * sizeof *st->sizes);
	st->nsizes = 0;
}

/* Forget the largest story and the stories' counts: they are counted
 * again when next asked for. */
static void
store_sizes_forget(struct store *st)
{
	st->largest = -1;
	store_sizes_clear(st);
}

/* The story sizes are kept from batch to batch while only this process
 * writes; a change by another process is counted afresh. */
static void
store_sizes_check(struct store *st)
{
	uint64_t	 version;
	char		*cause;

	if (store_data_version(st, &version, &cause) != 0) {
		free(cause);
		store_sizes_forget(st);
		return;
	}
	if (version != st->sizes_version)
		store_sizes_forget(st);
	st->sizes_version = version;
}

static struct store_size *
store_size_slot(const struct store *st, int64_t story)
{
	size_t	mask = st->sizes_cap - 1;
	size_t	i = (size_t)util_hash64(&story, sizeof story) & mask;

	while (st->sizes[i].story != 0 && st->sizes[i].story != story)
		i = (i + 1) & mask;
	return &st->sizes[i];
}

/* One article more in story: keep the largest story's count true without
 * counting every story again. */
static int
store_sizes_grow(struct store *st, int64_t story, char **cause)
{
	struct store_size	*old, *e;
	sqlite3_stmt		*s;
	size_t			 i, cap;
	int			 rc;

	if (st->largest < 0)
		return 0;	/* counted when asked for, with this article */
	if (st->nsizes >= STORE_COUNTS_KEPT)
		store_sizes_clear(st);
	if ((st->nsizes + 1) * 2 > st->sizes_cap) {
		old = st->sizes;
		cap = st->sizes_cap;
		st->sizes_cap = cap == 0 ? 64 : cap * 2;
		st->sizes = xcalloc(st->sizes_cap, sizeof *st->sizes);
		for (i = 0; i < cap; i++) {
			if (old[i].story != 0)
				*store_size_slot(st, old[i].story) = old[i];
		}
		free(old);
	}
	e = store_size_slot(st, story);
	if (e->story != 0)
		e->n++;
	else {
		/* Counted with the article just added. */
		s = store_stmt(st, ST_STORY_SIZE);
		sqlite3_bind_int64(s, 1, story);
		rc = sqlite3_step(s);
		if (rc == SQLITE_ROW) {
			e->story = story;
			e->n = sqlite3_column_int64(s, 0);
			st->nsizes++;
		}
		sqlite3_reset(s);
		if (rc != SQLITE_ROW)
			return store_fail(st, cause, "cannot count a story");
	}
	if (e->n > st->largest)
		st->largest = e->n;
	return 0;
}

int64_t
store_largest_story(struct store *st)
{
	sqlite3_stmt	*s;
	int		 rc;

	/* Outside a batch: a fresh reading if another process wrote. */
	if (!st->in_txn)
		(void)store_ndocs(st);
	if (st->largest < 0) {
		s = store_stmt(st, ST_LARGEST_STORY);
		rc = sqlite3_step(s);
		st->largest = rc == SQLITE_ROW ? sqlite3_column_int64(s, 0) :
		    0;
		sqlite3_reset(s);
	}
	return st->largest;
}

int
store_add_article(struct store *st, const struct article *a,
    int64_t story_id, const char *signature, int64_t *id, bool *duplicate,
    char **cause)
{
	sqlite3_stmt	*s;
	char		 hash[40];
	int64_t		 outlet = 0;
	int		 rc;

	*duplicate = false;
	snprintf(hash, sizeof hash, "%016llx-%zx",
	    util_hash64(a->body, a->body_len), a->body_len);
	s = store_stmt(st, ST_FIND_HASH);
	sqlite3_bind_text(s, 1, hash, -1, SQLITE_STATIC);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		*id = sqlite3_column_int64(s, 0);
		*duplicate = true;
		sqlite3_reset(s);
		return 0;
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return store_fail(st, cause, "cannot read articles");
	if (store_outlet(st, a->source != NULL ? a->source : "unknown",
	    &outlet, cause) != 0)
		return -1;
	if (store_story_for(st, a, &story_id, cause) != 0)
		return -1;
	s = store_stmt(st, ST_ADD_ARTICLE);
	sqlite3_bind_int64(s, 1, outlet);
	sqlite3_bind_int64(s, 2, story_id);
	store_bind_text(s, 3, a->title != NULL ? a->title : "");
	store_bind_text(s, 4, a->author);
	store_bind_text(s, 5, a->date);
	store_bind_text(s, 6, a->url);
	store_bind_text(s, 7, a->origin != NULL ? a->origin : "");
	sqlite3_bind_text(s, 8, hash, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 9, a->body, (int)a->body_len, SQLITE_STATIC);
	sqlite3_bind_int64(s, 10, (sqlite3_int64)time(NULL));
	sqlite3_bind_int64(s, 11, (sqlite3_int64)a->invalid);
	store_bind_text(s, 12, signature);
	rc = sqlite3_step(s);
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return store_fail(st, cause, "cannot add the article");
	*id = sqlite3_last_insert_rowid(st->db);
	if (!st->in_txn)
		st->ndocs = -1;
	if (store_sizes_grow(st, story_id, cause) != 0)
		return -1;
	if (st->batch_first == 0)
		st->batch_first = *id;
	/* Outside a batch the article is its own batch. */
	if (!st->in_txn)
		return store_fts_flush(st, cause);
	return 0;
}

/* Index the batch's new articles for full-text search. */
static int
store_fts_flush(struct store *st, char **cause)
{
	sqlite3_stmt	*s;
	int		 rc;

	if (st->batch_first == 0)
		return 0;
	s = store_stmt(st, ST_FTS_BATCH);
	sqlite3_bind_int64(s, 1, st->batch_first);
	rc = sqlite3_step(s);
	sqlite3_reset(s);
	st->batch_first = 0;
	if (rc != SQLITE_DONE)
		return store_fail(st, cause, "cannot index the new articles");
	return 0;
}

static void
store_entry_fini(struct store_entry *e)
{
	free(e->source);
	free(e->title);
	free(e->date);
	free(e->origin);
}

/* Fill an entry from columns id, story, outlet, title, date, origin,
 * added starting at col. */
static void
store_entry_read(sqlite3_stmt *s, int col, struct store_entry *e)
{
	e->id = sqlite3_column_int64(s, col);
	e->story = sqlite3_column_int64(s, col + 1);
	e->source = store_dup_column(s, col + 2);
	e->title = store_dup_column(s, col + 3);
	e->date = store_dup_column(s, col + 4);
	e->origin = store_dup_column(s, col + 5);
	e->added = sqlite3_column_int64(s, col + 6);
}

int
store_list_stories(struct store *st, struct store_story_list *out,
    char **cause)
{
	static const char	*sql =
	    "SELECT s.id, s.title, s.updated, a.id, a.story, o.name, a.title,"
	    " a.date, a.origin, a.added, coalesce(c.nclaims, -1)"
	    " FROM stories s"
	    " JOIN articles a ON a.story = s.id"
	    " JOIN outlets o ON o.id = a.outlet"
	    " LEFT JOIN xref_cache c ON c.story = s.id"
	    " AND c.version = s.version"
	    " ORDER BY s.updated DESC, s.id DESC,"
	    " coalesce(a.date, '') DESC, a.id";
	sqlite3_stmt		*s;
	struct store_story	*cur = NULL;
	size_t			 cap = 0, acap = 0;
	int			 rc;

	memset(out, 0, sizeof *out);
	if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK)
		return store_fail(st, cause, "cannot list stories");
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		int64_t sid = sqlite3_column_int64(s, 0);
		if (cur == NULL || cur->id != sid) {
			if (out->n == cap) {
				cap = cap == 0 ? 16 : cap * 2;
				out->v = xreallocarray(out->v, cap,
				    sizeof *out->v);
			}
			cur = &out->v[out->n++];
			memset(cur, 0, sizeof *cur);
			cur->id = sid;
			cur->title = store_dup_column(s, 1);
			cur->updated = sqlite3_column_int64(s, 2);
			cur->nclaims = (long)sqlite3_column_int64(s, 10);
			acap = 0;
		}
		if (cur->narticles == acap) {
			acap = acap == 0 ? 4 : acap * 2;
			cur->articles = xreallocarray(cur->articles, acap,
			    sizeof *cur->articles);
		}
		store_entry_read(s, 3, &cur->articles[cur->narticles++]);
	}
	sqlite3_finalize(s);
	if (rc != SQLITE_DONE) {
		store_story_list_free(out);
		return store_fail(st, cause, "cannot list stories");
	}
	for (size_t i = 0; i < out->n; i++) {
		struct store_story *sy = &out->v[i];
		for (size_t j = 0; j < sy->narticles; j++) {
			size_t k;
			for (k = 0; k < j; k++) {
				if (strcmp(sy->articles[k].source,
				    sy->articles[j].source) == 0)
					break;
			}
			if (k == j)
				sy->nsources++;
		}
	}
	return 0;
}

void
store_story_list_free(struct store_story_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		for (size_t j = 0; j < l->v[i].narticles; j++)
			store_entry_fini(&l->v[i].articles[j]);
		free(l->v[i].articles);
		free(l->v[i].title);
	}
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

int
store_get_article(struct store *st, int64_t id, struct article **out,
    int64_t *story, char **cause)
{
	sqlite3_stmt	*s;
	struct article	*a;
	int		 rc;

	s = store_stmt(st, ST_GET_ARTICLE);
	sqlite3_bind_int64(s, 1, id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_DONE) {
		sqlite3_reset(s);
		return 1;
	}
	if (rc != SQLITE_ROW) {
		sqlite3_reset(s);
		return store_fail(st, cause, "cannot read the article");
	}
	a = xcalloc(1, sizeof *a);
	a->title = store_dup_column(s, 0);
	a->source = store_dup_column(s, 1);
	a->author = store_dup_column(s, 2);
	a->date = store_dup_column(s, 3);
	a->url = store_dup_column(s, 4);
	a->origin = store_dup_column(s, 5);
	a->body = store_dup_column(s, 6);
	a->body_len = (size_t)sqlite3_column_bytes(s, 6);
	a->invalid = (size_t)sqlite3_column_int64(s, 7);
	if (story != NULL)
		*story = sqlite3_column_int64(s, 8);
	sqlite3_reset(s);
	*out = a;
	return 0;
}

/* Turn user words into an FTS5 query that cannot be a syntax error: each
 * word quoted, a trailing '*' kept as a prefix search. */
static char *
store_fts_query(const char *q)
{
	struct buf	 b;
	const char	*p = q;

	buf_init(&b);
	while (*p != '\0') {
		while (*p == ' ' || *p == '\t' || *p == '\n')
			p++;
		if (*p == '\0')
			break;
		const char *w = p;
		while (*p != '\0' && *p != ' ' && *p != '\t' && *p != '\n')
			p++;
		size_t len = (size_t)(p - w);
		bool prefix = len > 1 && w[len - 1] == '*';
		if (prefix)
			len--;
		if (b.len > 0)
			buf_addc(&b, ' ');
		buf_addc(&b, '"');
		for (size_t i = 0; i < len; i++) {
			if (w[i] == '"')
				buf_addc(&b, '"');
			buf_addc(&b, w[i]);
		}
		buf_addc(&b, '"');
		if (prefix)
			buf_addc(&b, '*');
	}
	return buf_detach(&b, NULL);
}

int
store_search(struct store *st, const char *query, size_t limit,
    struct store_hits *out, char **cause)
{
	sqlite3_stmt	*s;
	char		*q;
	size_t		 cap = 0;
	int		 rc;

	memset(out, 0, sizeof *out);
	q = store_fts_query(query);
	if (*q == '\0') {
		free(q);
		return 0;
	}
	s = store_stmt(st, ST_SEARCH);
	sqlite3_bind_text(s, 1, q, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 2, (sqlite3_int64)limit);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (out->n == cap) {
			cap = cap == 0 ? 16 : cap * 2;
			out->v = xreallocarray(out->v, cap, sizeof *out->v);
		}
		store_entry_read(s, 0, &out->v[out->n].entry);
		out->v[out->n].snippet = store_dup_column(s, 7);
		out->n++;
	}
	sqlite3_reset(s);
	free(q);
	if (rc != SQLITE_DONE) {
		store_hits_free(out);
		return store_fail(st, cause, "cannot search");
	}
	return 0;
}

void
store_hits_free(struct store_hits *h)
{
	for (size_t i = 0; i < h->n; i++) {
		store_entry_fini(&h->v[i].entry);
		free(h->v[i].snippet);
	}
	free(h->v);
	h->v = NULL;
	h->n = 0;
}

int
store_remove_article(struct store *st, int64_t id, bool *found,
    char **cause)
{
	sqlite3_stmt	*s;
	int64_t		 story = 0;
	int		 rc;

	/* The batch's story index first: this changes stories. */
	if (store_index_flush(st, cause) != 0)
		return -1;

	*found = false;
	s = store_stmt(st, ST_REMOVE_ARTICLE);
	sqlite3_bind_int64(s, 1, id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		*found = true;
		story = sqlite3_column_int64(s, 0);
		rc = sqlite3_step(s);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return store_fail(st, cause, "cannot remove the article");
	if (*found && !st->in_txn)
		st->ndocs = -1;
	if (*found)
		store_sizes_forget(st);
	if (!*found || story == 0)
		return 0;
	s = store_stmt(st, ST_DROP_EMPTY_STORY);
	sqlite3_bind_int64(s, 1, story);
	rc = sqlite3_step(s);
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return store_fail(st, cause, "cannot remove the story");
	s = store_stmt(st, ST_TOUCH_STORY);
	sqlite3_bind_int64(s, 1, story);
	sqlite3_bind_int64(s, 2, (sqlite3_int64)time(NULL));
	rc = sqlite3_step(s);
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return store_fail(st, cause, "cannot update the story");
	return 0;
}

int
store_count_articles(struct store *st, int64_t *n, char **cause)
{
	sqlite3_stmt	*s;
	int		 rc;

	s = store_stmt(st, ST_COUNT);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		*n = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	if (rc != SQLITE_ROW)
		return store_fail(st, cause, "cannot count articles");
	return 0;
}

/* ---- claims ---- */

/*
 * The claims of an article are kept in one row: for each claim a line
 * "seq kind start end length" and then length bytes of its features.
 */
int
store_add_claims(struct store *st, int64_t article,
    const struct store_claim_row *rows, size_t n, int cut, char **cause)
{
	sqlite3_stmt	*s;
	struct buf	 b;
	int		 rc;

	buf_init(&b);
	for (size_t i = 0; i < n; i++) {
		buf_printf(&b, "%zu %d %zu %zu %zu\n", rows[i].seq,
		    rows[i].kind, rows[i].start, rows[i].end,
		    rows[i].features_len);
		buf_add(&b, rows[i].features, rows[i].features_len);
	}
	s = store_stmt(st, ST_ADD_CLAIM);
	sqlite3_bind_int64(s, 1, article);
	sqlite3_bind_int64(s, 2, (sqlite3_int64)n);
	sqlite3_bind_text(s, 3, b.data, (int)b.len, SQLITE_STATIC);
	sqlite3_bind_int(s, 4, cut);
	rc = sqlite3_step(s);
	sqlite3_reset(s);
	buf_fini(&b);
	if (rc != SQLITE_DONE)
		return store_fail(st, cause, "cannot save claims");
	return 0;
}

int
store_count_stale(struct store *st, int cut, int64_t *n, char **cause)
{
	sqlite3_stmt	*s;
	int		 rc;

	*n = 0;
	if (sqlite3_prepare_v2(st->db, "SELECT count(*) FROM claims"
	    " WHERE cut < ?1", -1, &s, NULL) != SQLITE_OK)
		return store_fail(st, cause, "cannot read the claims");
	sqlite3_bind_int(s, 1, cut);
	if ((rc = sqlite3_step(s)) == SQLITE_ROW)
		*n = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	if (rc != SQLITE_ROW)
		return store_fail(st, cause, "cannot read the claims");
	return 0;
}

int
store_stale_articles(struct store *st, int cut, bool all, int64_t story,
    int64_t **ids, size_t *n, char **cause)
{
	sqlite3_stmt	*s;
	size_t		 cap = 0;
	int		 rc;

	*ids = NULL;
	*n = 0;
	/* The stale ones through the index on the version, never reading
	 * the claims themselves; every one from the articles. */
	rc = sqlite3_prepare_v2(st->db, all ?
	    "SELECT id FROM articles WHERE ?2 = 0 OR story = ?2 ORDER BY id" :
	    "SELECT c.article FROM claims c JOIN articles a"
	    " ON a.id = c.article WHERE c.cut < ?1 AND (?2 = 0 OR"
	    " a.story = ?2) ORDER BY c.article", -1, &s, NULL);
	if (rc != SQLITE_OK)
		return store_fail(st, cause, "cannot read the claims");
	if (!all)
		sqlite3_bind_int(s, 1, cut);
	sqlite3_bind_int64(s, 2, story);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap != 0 ? cap * 2 : 64;
			*ids = xreallocarray(*ids, cap, sizeof **ids);
		}
		(*ids)[(*n)++] = sqlite3_column_int64(s, 0);
	}
	sqlite3_finalize(s);
	if (rc != SQLITE_DONE) {
		free(*ids);
		*ids = NULL;
		*n = 0;
		return store_fail(st, cause, "cannot read the claims");
	}
	return 0;
}

/* Cut an article's claims row back into rows for fn; -2 if it is
 * damaged, else what fn returned. */
static int
store_split_claims(int64_t article, const char *p, size_t len,
    store_claim_fn fn, void *arg)
{
	struct store_claim_row	 r;
	const char		*end = p + len, *nl;
	unsigned long long	 v[5];
	int			 stop;

	while (p < end) {
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			return -2;
		for (int k = 0; k < 5; k++) {
			char *q;
			v[k] = strtoull(p, &q, 10);
			if (q == p || q > nl)
				return -2;
			p = q;
		}
		p = nl + 1;
		if (v[4] > (unsigned long long)(end - p))
			return -2;
		r.article = article;
		r.seq = (size_t)v[0];
		r.kind = (int)v[1];
		r.start = (size_t)v[2];
		r.end = (size_t)v[3];
		r.features = p;
		r.features_len = (size_t)v[4];
		if ((stop = fn(&r, arg)) != 0)
			return stop;
		p += v[4];
	}
	return 0;
}

int
store_story_claims(struct store *st, int64_t story, store_claim_fn fn,
    void *arg, char **cause)
{
	sqlite3_stmt	*s;
	int		 rc, stop = 0;

	s = store_stmt(st, ST_STORY_CLAIMS);
	sqlite3_bind_int64(s, 1, story);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		int64_t article = sqlite3_column_int64(s, 0);
		const char *data = (const char *)sqlite3_column_text(s, 1);
		size_t len = (size_t)sqlite3_column_bytes(s, 1);
		stop = store_split_claims(article, data, len, fn, arg);
		if (stop == -2) {
			sqlite3_reset(s);
			*cause = xasprintf("%s: the claims of article %lld are "
			    "damaged", st->path, (long long)article);
			return -1;
		}
		if (stop != 0)
			break;
	}
	sqlite3_reset(s);
	if (stop == 0 && rc != SQLITE_DONE)
		return store_fail(st, cause, "cannot read claims");
	return 0;
}

/* ---- document frequencies ---- */

/* Forget the batch's term counts and story index. */
static void
store_df_clear(struct store *st)
{
	store_overlay_clear(st->ov);
	st->df_docs = 0;
	st->ndocs = -1;
}

void
store_df_add(struct store *st, const char *const *terms, size_t n)
{
	for (size_t i = 0; i < n; i++)
		store_overlay_intern(st->ov, terms[i])->n++;
	st->df_docs++;
}

long
store_df(struct store *st, const char *term)
{
	struct store_term	*e;
	sqlite3_stmt		*s;

	/* Each term is read from the store once per batch, and outside a
	 * batch once until another process changes the store (checked by
	 * store_ndocs()). */
	e = store_overlay_intern(st->ov, term);
	if (e->base < 0) {
		e->base = 0;
		s = store_stmt(st, ST_DF_GET);
		sqlite3_bind_text(s, 1, term, -1, SQLITE_STATIC);
		if (sqlite3_step(s) == SQLITE_ROW)
			e->base = (long)sqlite3_column_int64(s, 0);
		sqlite3_reset(s);
	}
	return e->base + e->n;
}

int64_t
store_ndocs(struct store *st)
{
	uint64_t	 version;
	char		*cause;

	if (!st->in_txn) {
		if (store_data_version(st, &version, &cause) != 0) {
			free(cause);
			version = st->df_version + 1;
		}
		if (version != st->df_version ||
		    store_overlay_nterms(st->ov) > STORE_DF_KEPT) {
			store_overlay_clear(st->ov);
			st->ndocs = -1;
		}
		if (version != st->sizes_version)
			store_sizes_forget(st);
		st->sizes_version = version;
		st->df_version = version;
	}
	/* Counted once a batch, or once a reading outside one. */
	if (st->ndocs < 0) {
		if (store_count_articles(st, &st->ndocs, &cause) != 0) {
			free(cause);
			st->ndocs = 0;
		}
	}
	return st->ndocs + st->df_docs;
}

/* Write the batch's document frequencies (inside its transaction). */
static int
store_df_flush(struct store *st, char **cause)
{
	struct store_term	*t;
	sqlite3_stmt		*s;
	size_t			 i, cap;
	int			 rc;

	t = store_overlay_terms(st->ov, &cap);
	for (i = 0; i < cap; i++) {
		if (t[i].term == NULL || t[i].n == 0)
			continue;
		s = store_stmt(st, ST_DF_ADD);
		sqlite3_bind_text(s, 1, t[i].term, -1, SQLITE_STATIC);
		sqlite3_bind_int64(s, 2, t[i].n);
		rc = sqlite3_step(s);
		sqlite3_reset(s);
		if (rc != SQLITE_DONE)
			return store_fail(st, cause, "cannot save term counts");
	}
	return 0;
}

/* ---- stories ---- */

int
store_story_create(struct store *st, const char *title, int64_t *id,
    char **cause)
{
	sqlite3_stmt	*s;
	int		 rc;

	s = store_stmt(st, ST_ADD_STORY);
	store_bind_text(s, 1, title != NULL ? title : "");
	sqlite3_bind_int64(s, 2, (sqlite3_int64)time(NULL));
	rc = sqlite3_step(s);
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return store_fail(st, cause, "cannot create a story");
	*id = sqlite3_last_insert_rowid(st->db);
	/* Its index starts empty: no need to read it. */
	store_overlay_add_story(st->ov, *id)->fresh = true;
	return 0;
}

/*
 * The batch's state of a story: read from the store the first time the
 * batch touches it (a story the batch created starts empty).
 */
static int
store_story_state(struct store *st, int64_t story,
    struct store_story_state **out, char **cause)
{
	struct store_story_state	*ss;
	sqlite3_stmt			*s;
	const unsigned char		*d;
	int				 rc;

	if ((*out = store_overlay_story(st->ov, story)) != NULL)
		return 0;
	s = store_stmt(st, ST_STORY_INFO);
	sqlite3_bind_int64(s, 1, story);
	rc = sqlite3_step(s);
	if (rc != SQLITE_ROW) {
		sqlite3_reset(s);
		return store_fail(st, cause, "cannot read the story");
	}
	ss = store_overlay_add_story(st->ov, story);
	ss->norm2 = sqlite3_column_double(s, 2);
	if ((d = sqlite3_column_text(s, 3)) != NULL)
		snprintf(ss->first, sizeof ss->first, "%s", (const char *)d);
	if ((d = sqlite3_column_text(s, 4)) != NULL)
		snprintf(ss->last, sizeof ss->last, "%s", (const char *)d);
	sqlite3_reset(s);
	*out = ss;
	return 0;
}

/* The batch's pair of a term and a story, with its stored weight. */
static int
store_story_pair(struct store *st, const struct store_story_state *ss,
    const char *term, struct store_pair **out, char **cause)
{
	sqlite3_stmt	*s;
	double		 base = 0;
	bool		 stored = false;
	int		 rc;

	if ((*out = store_overlay_pair(st->ov, term, ss->story)) != NULL)
		return 0;
	if (!ss->fresh) {
		s = store_stmt(st, ST_INDEX_ONE);
		sqlite3_bind_text(s, 1, term, -1, SQLITE_STATIC);
		sqlite3_bind_int64(s, 2, ss->story);
		rc = sqlite3_step(s);
		if ((stored = rc == SQLITE_ROW))
			base = sqlite3_column_double(s, 0);
		sqlite3_reset(s);
		if (rc != SQLITE_ROW && rc != SQLITE_DONE)
			return store_fail(st, cause, "cannot read the story "
			    "index");
	}
	*out = store_overlay_add_pair(st->ov, term, ss->story, base);
	(*out)->stored = stored;
	return 0;
}

/* Write the batch's story index out, in index order, and forget it. */
static int
store_index_flush(struct store *st, char **cause)
{
	struct store_story_state	*ss;
	struct store_pair		*p;
	sqlite3_stmt			*s;
	size_t				 i, n;
	int				 rc = SQLITE_DONE;

	p = store_overlay_sorted(st->ov, &n);
	for (i = 0; i < n && rc == SQLITE_DONE; i++) {
		if (p[i].delta == 0)
			continue;
		s = store_stmt(st, ST_INDEX_ADD);
		sqlite3_bind_text(s, 1, p[i].term, -1, SQLITE_STATIC);
		sqlite3_bind_int64(s, 2, p[i].story);
		sqlite3_bind_double(s, 3, p[i].delta);
		rc = sqlite3_step(s);
		sqlite3_reset(s);
	}
	ss = store_overlay_stories(st->ov, &n);
	for (i = 0; i < n && rc == SQLITE_DONE; i++) {
		/* The range only widens: its two ends as two dates. */
		for (int end = 0; end < 2 && rc == SQLITE_DONE; end++) {
			const char *d = end == 0 ? ss[i].first : ss[i].last;
			if (end == 1 && (!ss[i].dated ||
			    strcmp(ss[i].first, ss[i].last) == 0))
				break;
			s = store_stmt(st, ST_STORY_UPDATE);
			sqlite3_bind_int64(s, 1, ss[i].story);
			sqlite3_bind_double(s, 2, end == 0 ? ss[i].dnorm : 0);
			store_bind_text(s, 3, ss[i].dated && *d != '\0' ? d :
			    NULL);
			rc = sqlite3_step(s);
			sqlite3_reset(s);
		}
	}
	store_overlay_clear_index(st->ov);
	if (rc != SQLITE_DONE)
		return store_fail(st, cause, "cannot update the story index");
	return 0;
}

/* The candidates of one lookup, with a hash index by story (slot ->
 * index + 1): an article meets up to STORE_PER_TERM stories a term. */
struct store_cands {
	struct store_candidate	*v;
	size_t			 n;
	size_t			 cap;
	size_t			*slots;
	size_t			 nslots;
};

static size_t
store_cand_slot(const struct store_cands *cs, int64_t story)
{
	size_t	i, mask = cs->nslots - 1;

	i = (size_t)(((uint64_t)story * 0x9e3779b97f4a7c15ULL) >> 20) & mask;
	while (cs->slots[i] != 0 && cs->v[cs->slots[i] - 1].story != story)
		i = (i + 1) & mask;
	return i;
}

/* The candidate for a story, added when new. */
static struct store_candidate *
store_candidate_for(struct store_cands *cs, int64_t story)
{
	struct store_candidate		*c;
	size_t				 slot, i;

	if (cs->nslots > 0 && cs->slots[slot = store_cand_slot(cs,
	    story)] != 0)
		return &cs->v[cs->slots[slot] - 1];
	if ((cs->n + 1) * 2 > cs->nslots) {
		free(cs->slots);
		cs->nslots = cs->nslots == 0 ? 64 : cs->nslots * 2;
		cs->slots = xcalloc(cs->nslots, sizeof *cs->slots);
		for (i = 0; i < cs->n; i++)
			cs->slots[store_cand_slot(cs, cs->v[i].story)] = i + 1;
	}
	if (cs->n == cs->cap) {
		cs->cap = cs->cap == 0 ? 16 : cs->cap * 2;
		cs->v = xreallocarray(cs->v, cs->cap, sizeof *cs->v);
	}
	c = &cs->v[cs->n];
	memset(c, 0, sizeof *c);
	c->story = story;
	cs->slots[store_cand_slot(cs, story)] = ++cs->n;
	return c;
}

/* A candidate's norm and dates: the batch's, else the store's. */
static int
store_candidate_fill(struct store *st, struct store_candidate *c,
    char **cause)
{
	struct store_story_state	*ss;
	sqlite3_stmt			*s;
	int				 rc;

	if ((ss = store_overlay_story(st->ov, c->story)) != NULL) {
		c->norm2 = ss->norm2;
		c->date_first = ss->first[0] != '\0' ? xstrdup(ss->first) :
		    NULL;
		c->date_last = ss->last[0] != '\0' ? xstrdup(ss->last) : NULL;
		return 0;
	}
	s = store_stmt(st, ST_STORY_INFO);
	sqlite3_bind_int64(s, 1, c->story);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		c->norm2 = sqlite3_column_double(s, 2);
		c->date_first = store_dup_column(s, 3);
		c->date_last = store_dup_column(s, 4);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(st, cause, "cannot read the story");
	return 0;
}

/* Keep the candidates that can still win, with their norms and dates. */
static int
store_candidates_prune(struct store *st, struct store_cands *cs,
    double norm, size_t min_terms, double min_cos, char **cause)
{
	struct store_candidate	*c;
	size_t			 i, kept = 0;

	for (i = 0; i < cs->n; i++) {
		c = &cs->v[i];
		if (c->nterms < min_terms || c->shared2 <= 0 || norm <= 0)
			continue;
		/* Rounding in the stored norm: a hair of slack. */
		if (c->dot / (norm * sqrt(c->shared2)) <= min_cos * (1 - 1e-9))
			continue;
		cs->v[kept] = *c;
		if (store_candidate_fill(st, &cs->v[kept], cause) != 0) {
			store_candidates_free(cs->v, kept + 1);
			cs->v = NULL;
			cs->n = 0;
			return -1;
		}
		kept++;
	}
	cs->n = kept;
	return 0;
}

/*
 * The story of a term's STORE_PER_TERM-th stored pair, newest first, or
 * INT64_MIN when it has fewer: a lookup reads the stored pairs of stories
 * from there on.  Read once until the stored index next changes: every
 * change starts with store_index_flush(), which forgets it (0).
 */
static int
store_term_kth(struct store *st, struct store_term *t, int64_t *kth,
    char **cause)
{
	sqlite3_stmt	*s;
	int		 rc;

	if (t->kth == 0) {
		s = store_stmt(st, ST_INDEX_KTH);
		sqlite3_bind_text(s, 1, t->term, -1, SQLITE_STATIC);
		sqlite3_bind_int(s, 2, STORE_PER_TERM - 1);
		rc = sqlite3_step(s);
		*kth = rc == SQLITE_ROW ? sqlite3_column_int64(s, 0) :
		    INT64_MIN;
		sqlite3_reset(s);
		if (rc != SQLITE_ROW && rc != SQLITE_DONE)
			return store_fail(st, cause, "cannot read the story "
			    "index");
		t->kth = *kth;
	}
	*kth = t->kth;
	return 0;
}

/* Whether the store has the pair of a term and a story (p the batch's
 * pair, or NULL), and its stored weight: 1, 0, or -1.  Adds the rows
 * read to *reads. */
static int
store_pair_stored(struct store *st, const char *term, int64_t story,
    const struct store_pair *p, double *weight, size_t *reads,
    char **cause)
{
	struct store_story_state	*ss;
	sqlite3_stmt			*s;
	int				 rc;

	if (p != NULL) {
		*weight = p->base;
		return p->stored;
	}
	/* A story the batch created has no stored pairs. */
	if ((ss = store_overlay_story(st->ov, story)) != NULL && ss->fresh)
		return 0;
	(*reads)++;
	s = store_stmt(st, ST_INDEX_ONE);
	sqlite3_bind_text(s, 1, term, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 2, story);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		*weight = sqlite3_column_double(s, 0);
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(st, cause, "cannot read the story index");
	return rc == SQLITE_ROW;
}

/*
 * Whether store_lookup_term() meets a story, and with what weight,
 * without reading the term's other stories: the stored pair when the
 * story is among the term's newest STORE_PER_TERM stored stories, else
 * the batch's pair when it is among the term's newest STORE_PER_TERM
 * batch pairs.  1 when met, 0 when not, -1; *reads as above.
 */
static int
store_term_meets(struct store *st, const char *term, int64_t story,
    double *weight, size_t *reads, char **cause)
{
	struct store_term	*t = store_overlay_intern(st->ov, term);
	struct store_pair	*p = store_overlay_pair(st->ov, term, story);
	int64_t			 kth;
	int			 rc;

	if (!st->in_txn || t->base != 0 || t->indexed) {
		if (store_term_kth(st, t, &kth, cause) != 0)
			return -1;
		if (story >= kth && (rc = store_pair_stored(st, term, story,
		    p, weight, reads, cause)) != 0) {
			if (rc > 0 && p != NULL)
				*weight = p->base + p->delta;
			return rc;
		}
	}
	if (p != NULL && t->npairs - 1 - p->ord < STORE_PER_TERM) {
		*weight = p->base + p->delta;
		return 1;
	}
	return 0;
}

/*
 * Terms of the article left out of the lookup: by Cauchy-Schwarz a story
 * met only through terms whose weights have a norm below min_cos * norm
 * has a cosine below min_cos with the article, whatever its weights.  So
 * the terms in most articles (their lookups meet the most stories) are
 * left out while their norm stays under that bound; they still count for
 * the stories the other terms meet (store_candidates_complete()).  The
 * number left out, skip[i] set for each, *skip2 their squared norm.
 */
static size_t
store_common_terms(struct store *st, const char *const *terms,
    const double *w, size_t n, double norm, double min_cos, bool *skip,
    double *skip2)
{
	long	*df = xcalloc(n + 1, sizeof *df);
	double	 limit = min_cos * norm * (1 - 1e-6);
	size_t	 i, nskip = 0, best;

	*skip2 = 0;
	/* Only terms light enough to leave out are counted. */
	for (i = 0; i < n; i++) {
		skip[i] = false;
		df[i] = limit > 0 && w[i] * w[i] < limit * limit ?
		    store_df(st, terms[i]) : 0;
	}
	/* The most common first: n is small (the article's terms). */
	for (;;) {
		best = n;
		for (i = 0; i < n; i++) {
			if (!skip[i] && df[i] >= STORE_PER_TERM &&
			    *skip2 + w[i] * w[i] < limit * limit &&
			    (best == n || df[i] > df[best]))
				best = i;
		}
		if (best == n)
			break;
		skip[best] = true;
		*skip2 += w[best] * w[best];
		nskip++;
	}
	free(df);
	return nskip;
}

/* Add a term's stories to the candidates: the newest STORE_PER_TERM
 * stored ones, then as many of the batch's own pairs of it. */
static int
store_lookup_term(struct store *st, struct store_cands *cs,
    const char *term, double w, char **cause)
{
	struct store_candidate	*k;
	struct store_pair	*p;
	sqlite3_stmt		*s;
	size_t			 seen;
	double			 weight;
	int			 rc;

	st->ov_mark++;
	/* A term no stored article has is in no stored story (the batch's
	 * own counts are written at commit). */
	if (st->in_txn) {
		struct store_term *t = store_overlay_intern(st->ov, term);
		if (t->base == 0 && !t->indexed)
			goto batch;
	}
	s = store_stmt(st, ST_INDEX_GET);
	sqlite3_bind_text(s, 1, term, -1, SQLITE_STATIC);
	sqlite3_bind_int(s, 2, STORE_PER_TERM);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		int64_t story = sqlite3_column_int64(s, 0);
		k = store_candidate_for(cs, story);
		weight = sqlite3_column_double(s, 1);
		/* Only a story the batch touched has pairs in it. */
		p = store_overlay_story(st->ov, story) == NULL ? NULL :
		    store_overlay_pair(st->ov, term, story);
		if (p != NULL) {
			weight = p->base + p->delta;
			p->seen = st->ov_mark;
		}
		k->dot += w * weight;
		k->shared2 += weight * weight;
		k->nterms++;
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return store_fail(st, cause, "cannot read the story index");
batch:
	/* The batch's own pairs of the term, newest first, as many as the
	 * store gives. */
	p = store_overlay_term(st->ov, term);
	for (seen = 0; p != NULL && seen < STORE_PER_TERM;
	    p = store_overlay_next(st->ov, p), seen++) {
		if (p->seen == st->ov_mark)
			continue;
		k = store_candidate_for(cs, p->story);
		weight = p->base + p->delta;
		k->dot += w * weight;
		k->shared2 += weight * weight;
		k->nterms++;
	}
	return 0;
}

/*
 * The stories met through the looked-up terms, completed with the terms
 * left out: those that can still reach min_cos get the products of those
 * terms one pair at a time, the others go.  When that would read more
 * than looking the left-out terms up (1), the caller does that instead.
 */
static int
store_candidates_complete(struct store *st, struct store_cands *cs,
    const char *const *terms, const double *w, size_t n, double norm,
    size_t min_terms, double min_cos, const bool *skip, size_t nskip,
    double skip2, char **cause)
{
	struct store_candidate	*c, *add;
	double			 limit = min_cos * norm * (1 - 1e-6), weight;
	size_t			 i, j, kept = 0, reads = 0;
	int			 rc = 0;

	/* Scratch sums, so that giving up leaves the candidates as they
	 * were; story 0 marks those that go. */
	add = xcalloc(cs->n + 1, sizeof *add);
	for (i = 0; i < cs->n; i++) {
		c = &cs->v[i];
		/* The most the left-out terms can add (Cauchy-Schwarz). */
		if (c->nterms + nskip >= min_terms && skip2 +
		    (c->shared2 > 0 ? c->dot * c->dot / c->shared2 : 0) >=
		    limit * limit) {
			add[i].story = c->story;
			kept++;
		}
	}
	/* A lookup reads up to twice STORE_PER_TERM rows, one row alone
	 * costs about what eight of them do, a pair in memory less than
	 * one. */
	if (kept > 2 * STORE_PER_TERM)
		rc = 1;
	for (i = 0; i < cs->n && rc == 0; i++) {
		for (j = 0; j < n && add[i].story != 0 && rc == 0; j++) {
			if (!skip[j])
				continue;
			rc = store_term_meets(st, terms[j], add[i].story,
			    &weight, &reads, cause);
			if (rc > 0) {
				add[i].dot += w[j] * weight;
				add[i].shared2 += weight * weight;
				add[i].nterms++;
				rc = 0;
			}
			if (rc == 0 && reads > STORE_PER_TERM / 4 * nskip)
				rc = 1;
		}
	}
	for (i = kept = 0; i < cs->n && rc == 0; i++) {
		if (add[i].story == 0)
			continue;
		c = &cs->v[i];
		c->dot += add[i].dot;
		c->shared2 += add[i].shared2;
		c->nterms += add[i].nterms;
		cs->v[kept++] = *c;
	}
	if (rc == 0)
		cs->n = kept;
	free(add);
	return rc;
}

int
store_story_candidates(struct store *st, const char *const *terms,
    const double *w, size_t n, double norm, size_t min_terms, double min_cos,
    struct store_candidate **out, size_t *nout, char **cause)
{
	struct store_cands	 cs = { 0 };
	bool			*skip;
	size_t			 i, nskip;
	double			 skip2;
	int			 rc = 0;

	*nout = 0;
	*out = NULL;
	skip = xcalloc(n + 1, sizeof *skip);
	nskip = store_common_terms(st, terms, w, n, norm, min_cos, skip,
	    &skip2);
	for (i = 0; i < n && rc == 0; i++) {
		if (!skip[i])
			rc = store_lookup_term(st, &cs, terms[i], w[i], cause);
	}
	if (rc == 0 && nskip > 0)
		rc = store_candidates_complete(st, &cs, terms, w, n, norm,
		    min_terms, min_cos, skip, nskip, skip2, cause);
	/* Too many to complete pair by pair: the lookups after all. */
	for (i = 0; i < n && rc == 1; i++) {
		if (skip[i] && store_lookup_term(st, &cs, terms[i], w[i],
		    cause) != 0)
			rc = -1;
	}
	if (rc == 1)
		rc = 0;
	free(cs.slots);
	free(skip);
	if (rc != 0) {
		store_candidates_free(cs.v, cs.n);
		return -1;
	}
	if (store_candidates_prune(st, &cs, norm, min_terms, min_cos,
	    cause) != 0)
		return -1;
	*out = cs.v;
	*nout = cs.n;
	return 0;
}

void
store_candidates_free(struct store_candidate *c, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(c[i].date_first);
		free(c[i].date_last);
	}
	free(c);
}

int
store_story_index_add(struct store *st, int64_t story,
    const char *const *terms, const double *w, size_t n, double sign,
    const char *date, char **cause)
{
	struct store_story_state	*ss;
	struct store_pair		*p;
	double				 old, nw;
	size_t				 i;

	if (store_story_state(st, story, &ss, cause) != 0)
		return -1;
	for (i = 0; i < n; i++) {
		if (store_story_pair(st, ss, terms[i], &p, cause) != 0)
			return -1;
		old = p->base + p->delta;
		p->delta += sign * w[i];
		nw = p->base + p->delta;
		ss->dnorm += nw * nw - old * old;
		ss->norm2 += nw * nw - old * old;
	}
	if (ss->norm2 < 0)
		ss->norm2 = 0;
	if (sign > 0 && date != NULL && *date != '\0' &&
	    strlen(date) < sizeof ss->first) {
		if (ss->first[0] == '\0' || strcmp(date, ss->first) < 0)
			snprintf(ss->first, sizeof ss->first, "%s", date);
		if (ss->last[0] == '\0' || strcmp(date, ss->last) > 0)
			snprintf(ss->last, sizeof ss->last, "%s", date);
		ss->dated = true;
	}
	/* Outside a batch, and past the bound, write it out now. */
	if (!st->in_txn)
		return store_index_flush(st, cause);
	if (store_overlay_npairs(st->ov) >= STORE_OVERLAY_MAX)
		return store_index_flush(st, cause);
	return 0;
}

int
store_story_titles(struct store *st, int64_t story, size_t max,
    struct store_title **out, size_t *n, char **cause)
{
	sqlite3_stmt	*s;
	size_t		 cap = 0;
	int		 rc;

	*out = NULL;
	*n = 0;
	s = store_stmt(st, ST_STORY_TITLES);
	sqlite3_bind_int64(s, 1, story);
	sqlite3_bind_int64(s, 2, (sqlite3_int64)max);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap == 0 ? 8 : cap * 2;
			*out = xreallocarray(*out, cap, sizeof **out);
		}
		(*out)[*n].article = sqlite3_column_int64(s, 0);
		(*out)[*n].title = store_dup_column(s, 1);
		(*n)++;
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		store_titles_free(*out, *n);
		*out = NULL;
		*n = 0;
		return store_fail(st, cause, "cannot read titles");
	}
	return 0;
}

void
store_titles_free(struct store_title *t, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(t[i].title);
	free(t);
}

int
store_story_set_title(struct store *st, int64_t story, const char *title,
    char **cause)
{
	sqlite3_stmt	*s;
	int		 rc;

	s = store_stmt(st, ST_SET_TITLE);
	sqlite3_bind_int64(s, 1, story);
	store_bind_text(s, 2, title);
	rc = sqlite3_step(s);
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return store_fail(st, cause, "cannot set the story title");
	return 0;
}

/* Run a statement that changes one story (?1), at the time now (?2, when
 * it takes one). */
static int
store_story_update(struct store *st, enum store_stmt which, int64_t story,
    char **cause)
{
	sqlite3_stmt	*s;
	int		 rc;

	s = store_stmt(st, which);
	sqlite3_bind_int64(s, 1, story);
	if (sqlite3_bind_parameter_count(s) >= 2)
		sqlite3_bind_int64(s, 2, (sqlite3_int64)time(NULL));
	rc = sqlite3_step(s);
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return store_fail(st, cause, "cannot update the story");
	return 0;
}

int
store_story_touch(struct store *st, int64_t story, char **cause)
{
	return store_story_update(st, ST_TOUCH_STORY, story, cause);
}

int
store_story_recut(struct store *st, int64_t story, char **cause)
{
	return store_story_update(st, ST_RECUT_STORY, story, cause);
}

int
store_story_info(struct store *st, int64_t story, char **title,
    int64_t *version, char **cause)
{
	sqlite3_stmt	*s;
	int		 rc;

	s = store_stmt(st, ST_STORY_INFO);
	sqlite3_bind_int64(s, 1, story);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		if (title != NULL)
			*title = store_dup_column(s, 0);
		if (version != NULL)
			*version = sqlite3_column_int64(s, 1);
	}
	sqlite3_reset(s);
	if (rc == SQLITE_DONE)
		return 1;
	if (rc != SQLITE_ROW)
		return store_fail(st, cause, "cannot read the story");
	return 0;
}

int
store_article_signature(struct store *st, int64_t article, int64_t *story,
    char **sig, char **date, char **cause)
{
	sqlite3_stmt	*s;
	int		 rc;

	s = store_stmt(st, ST_ARTICLE_SIG);
	sqlite3_bind_int64(s, 1, article);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		*story = sqlite3_column_int64(s, 0);
		*sig = store_dup_column(s, 1);
		*date = store_dup_column(s, 2);
	}
	sqlite3_reset(s);
	if (rc == SQLITE_DONE)
		return 1;
	if (rc != SQLITE_ROW)
		return store_fail(st, cause, "cannot read the article");
	return 0;
}

int
store_article_move(struct store *st, int64_t article, int64_t story,
    bool pinned, char **cause)
{
	sqlite3_stmt	*s;
	int		 rc;

	/* The batch's story index first: this changes stories. */
	if (store_index_flush(st, cause) != 0)
		return -1;

	s = store_stmt(st, ST_MOVE_ARTICLE);
	sqlite3_bind_int64(s, 1, article);
	sqlite3_bind_int64(s, 2, story);
	sqlite3_bind_int(s, 3, pinned);
	rc = sqlite3_step(s);
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return store_fail(st, cause, "cannot move the article");
	store_sizes_forget(st);
	return 0;
}

int
store_story_merge(struct store *st, int64_t into, int64_t from,
    char **cause)
{
	static const char	*sql[] = {
		"UPDATE articles SET story = ?1, pinned = 1 WHERE story = ?2",
		"INSERT INTO story_index (term, story, weight)"
		" SELECT term, ?1, weight FROM story_index WHERE story = ?2"
		" ON CONFLICT (term, story) DO UPDATE"
		" SET weight = weight + excluded.weight",
		"UPDATE stories SET norm2 = (SELECT coalesce(sum(weight *"
		" weight), 0) FROM story_index WHERE story = ?1),"
		" date_first = (SELECT min(date_first) FROM stories"
		" WHERE id IN (?1, ?2)),"
		" date_last = (SELECT max(date_last) FROM stories"
		" WHERE id IN (?1, ?2)), pinned = 1 WHERE id = ?1",
		"DELETE FROM stories WHERE id = ?2",
	};
	sqlite3_stmt	*s;
	size_t		 i;
	int		 rc;

	/* The batch's story index first: this changes stories. */
	if (store_index_flush(st, cause) != 0)
		return -1;

	store_sizes_forget(st);
	for (i = 0; i < UTIL_NELEM(sql); i++) {
		if (sqlite3_prepare_v2(st->db, sql[i], -1, &s, NULL) !=
		    SQLITE_OK)
			return store_fail(st, cause, "cannot merge stories");
		sqlite3_bind_int64(s, 1, into);
		sqlite3_bind_int64(s, 2, from);
		rc = sqlite3_step(s);
		sqlite3_finalize(s);
		if (rc != SQLITE_DONE)
			return store_fail(st, cause, "cannot merge stories");
	}
	return store_story_touch(st, into, cause);
}

/* ---- the cross-reference cache ---- */

int
store_xref_cache_get(struct store *st, int64_t story, char **data,
    size_t *len, char **cause)
{
	sqlite3_stmt	*s;
	int		 rc;

	s = store_stmt(st, ST_CACHE_GET);
	sqlite3_bind_int64(s, 1, story);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		*len = (size_t)sqlite3_column_bytes(s, 0);
		*data = xmalloc(*len + 1);
		memcpy(*data, sqlite3_column_blob(s, 0), *len);
		(*data)[*len] = '\0';
	}
	sqlite3_reset(s);
	if (rc == SQLITE_DONE)
		return 1;
	if (rc != SQLITE_ROW)
		return store_fail(st, cause, "cannot read the cache");
	return 0;
}

int
store_xref_cache_put(struct store *st, int64_t story, int64_t version,
    const char *data, size_t len, size_t nclaims, char **cause)
{
	sqlite3_stmt	*s;
	int		 rc;

	s = store_stmt(st, ST_CACHE_PUT);
	sqlite3_bind_int64(s, 1, story);
	sqlite3_bind_int64(s, 4, version);
	sqlite3_bind_blob(s, 2, data, (int)len, SQLITE_STATIC);
	sqlite3_bind_int64(s, 3, (sqlite3_int64)nclaims);
	rc = sqlite3_step(s);
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return store_fail(st, cause, "cannot write the cache");
	return 0;
}

int
store_data_version(struct store *st, uint64_t *version, char **cause)
{
	sqlite3_stmt	*s;
	int		 rc;

	s = store_stmt(st, ST_DATA_VERSION);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		*version = (uint64_t)sqlite3_column_int64(s, 0);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_ROW)
		return store_fail(st, cause, "cannot read the store");
	return 0;
}

int
store_story_articles(struct store *st, int64_t story,
    struct store_entry **out, size_t *n, char **cause)
{
	sqlite3_stmt	*s;
	size_t		 cap = 0;
	int		 rc;

	*out = NULL;
	*n = 0;
	s = store_stmt(st, ST_STORY_ARTICLES);
	sqlite3_bind_int64(s, 1, story);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap == 0 ? 8 : cap * 2;
			*out = xreallocarray(*out, cap, sizeof **out);
		}
		store_entry_read(s, 0, &(*out)[(*n)++]);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		store_entries_free(*out, *n);
		*out = NULL;
		*n = 0;
		return store_fail(st, cause, "cannot read the story");
	}
	return 0;
}

void
store_entries_free(struct store_entry *e, size_t n)
{
	for (size_t i = 0; i < n; i++)
		store_entry_fini(&e[i]);
	free(e);
}

int
store_story_drop_if_empty(struct store *st, int64_t story, char **cause)
{
	sqlite3_stmt	*s;
	int		 rc;

	/* The batch's story index first: this changes stories. */
	if (store_index_flush(st, cause) != 0)
		return -1;

	s = store_stmt(st, ST_DROP_EMPTY_STORY);
	sqlite3_bind_int64(s, 1, story);
	rc = sqlite3_step(s);
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return store_fail(st, cause, "cannot remove the story");
	return 0;
}

/* ---- paged listing for the interface ---- */

/*
 * The stories without their articles: what the interface needs to lay
 * out its list at once, however large the store.  All of them: the
 * article counts in one pass over the articles_story index; a page: the
 * newest stories first, then each one's count from the same index.
 */
int
store_list_story_heads(struct store *st, size_t limit,
    struct store_story_list *out, char **cause)
{
	static const char	*all =
	    "SELECT s.id, s.title, s.updated, coalesce(c.nclaims, -1), n.n"
	    " FROM stories s"
	    " JOIN (SELECT story, count(*) AS n FROM articles"
	    " GROUP BY story) n ON n.story = s.id"
	    " LEFT JOIN xref_cache c ON c.story = s.id"
	    " AND c.version = s.version"
	    " ORDER BY s.updated DESC, s.id DESC";
	static const char	*page =
	    "SELECT s.id, s.title, s.updated, coalesce(c.nclaims, -1),"
	    " (SELECT count(*) FROM articles a WHERE a.story = s.id)"
	    " FROM (SELECT id, title, updated, version FROM stories"
	    " ORDER BY updated DESC, id DESC LIMIT ?1) s"
	    " LEFT JOIN xref_cache c ON c.story = s.id"
	    " AND c.version = s.version"
	    " ORDER BY s.updated DESC, s.id DESC";
	sqlite3_stmt		*s;
	struct store_story	*sy;
	size_t			 cap = 0;
	int			 rc;

	memset(out, 0, sizeof *out);
	if (sqlite3_prepare_v2(st->db, limit == 0 ? all : page, -1, &s,
	    NULL) != SQLITE_OK)
		return store_fail(st, cause, "cannot list stories");
	if (limit > 0)
		sqlite3_bind_int64(s, 1, (sqlite3_int64)limit);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		/* A story left empty (being removed) is not listed. */
		if (sqlite3_column_int64(s, 4) <= 0)
			continue;
		if (out->n == cap) {
			cap = cap == 0 ? 64 : cap * 2;
			out->v = xreallocarray(out->v, cap, sizeof *out->v);
		}
		sy = &out->v[out->n++];
		memset(sy, 0, sizeof *sy);
		sy->id = sqlite3_column_int64(s, 0);
		sy->title = store_dup_column(s, 1);
		sy->updated = sqlite3_column_int64(s, 2);
		sy->nclaims = (long)sqlite3_column_int64(s, 3);
		sy->narticles = (size_t)sqlite3_column_int64(s, 4);
	}
	sqlite3_finalize(s);
	if (rc != SQLITE_DONE) {
		store_story_heads_free(out);
		return store_fail(st, cause, "cannot list stories");
	}
	return 0;
}

int
store_story_noutlets(struct store *st, int64_t story, size_t *n,
    char **cause)
{
	static const char	*sql = "SELECT count(DISTINCT outlet)"
	    " FROM articles WHERE story = ?1";
	sqlite3_stmt		*s;
	int			 rc;

	*n = 0;
	if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK)
		return store_fail(st, cause, "cannot count outlets");
	sqlite3_bind_int64(s, 1, story);
	if ((rc = sqlite3_step(s)) == SQLITE_ROW)
		*n = (size_t)sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	if (rc != SQLITE_ROW)
		return store_fail(st, cause, "cannot count outlets");
	return 0;
}

void
store_story_heads_free(struct store_story_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i].title);
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

void
store_set_busy_timeout(struct store *st, int ms)
{
	sqlite3_busy_timeout(st->db, ms);
}

/* sqlite3_busy_handler()'s: wait STORE_BUSY_STEP_MS a try, until the
 * time is up or the thread is asked to stop. */
#define STORE_BUSY_STEP_MS	10

static int
store_busy_wait(void *arg, int tries)
{
	struct store	*st = arg;

	if ((st->busy_stop != NULL && atomic_load(st->busy_stop)) ||
	    (long)tries * STORE_BUSY_STEP_MS >= st->busy_ms)
		return 0;
	sqlite3_sleep(STORE_BUSY_STEP_MS);
	return 1;
}

void
store_set_busy_stop(struct store *st, int ms, const atomic_bool *stop)
{
	st->busy_ms = ms;
	st->busy_stop = stop;
	sqlite3_busy_handler(st->db, store_busy_wait, st);
}

/* ---- feeds ---- */

/*
 * Followed feeds and the items seen in each.  These calls are rare (one
 * per feed or item of a fetch), so their statements are prepared when
 * used rather than kept in store_sql[].
 */

static int
store_feed_prepare(struct store *st, const char *sql, sqlite3_stmt **s,
    char **cause)
{
	if (sqlite3_prepare_v2(st->db, sql, -1, s, NULL) != SQLITE_OK)
		return store_fail(st, cause, "cannot prepare a query");
	return 0;
}

/* Step a statement that returns no row, then finalize it. */
static int
store_feed_done(struct store *st, sqlite3_stmt *s, const char *what,
    char **cause)
{
	int	rc = sqlite3_step(s);

	if (rc != SQLITE_DONE) {
		store_fail(st, cause, what);
		sqlite3_finalize(s);
		return -1;
	}
	sqlite3_finalize(s);
	return 0;
}

int
store_feed_add(struct store *st, const char *url, const char *source,
    bool fulltext, int64_t *id, bool *existed, char **cause)
{
	sqlite3_stmt	*s;
	int		 rc;

	*existed = false;
	if ((rc = store_feed_find(st, url, id, cause)) != 1) {
		*existed = rc == 0;
		return rc == 0 ? 0 : -1;
	}
	if (store_feed_prepare(st, "INSERT INTO feeds (url, source, fulltext,"
	    " added) VALUES (?1, ?2, ?3, ?4)", &s, cause) != 0)
		return -1;
	store_bind_text(s, 1, url);
	store_bind_text(s, 2, source);
	sqlite3_bind_int(s, 3, fulltext);
	sqlite3_bind_int64(s, 4, (sqlite3_int64)time(NULL));
	if (store_feed_done(st, s, "cannot add the feed", cause) != 0)
		return -1;
	*id = sqlite3_last_insert_rowid(st->db);
	return 0;
}

int
store_feed_find(struct store *st, const char *url, int64_t *id,
    char **cause)
{
	sqlite3_stmt	*s;
	int		 rc;

	if (store_feed_prepare(st, "SELECT id FROM feeds WHERE url = ?1", &s,
	    cause) != 0)
		return -1;
	store_bind_text(s, 1, url);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		*id = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	if (rc == SQLITE_ROW)
		return 0;
	if (rc == SQLITE_DONE)
		return 1;
	return store_fail(st, cause, "cannot read the feeds");
}

int
store_feed_list(struct store *st, struct store_feed **out, size_t *n,
    char **cause)
{
	sqlite3_stmt		*s;
	struct store_feed	*f;
	int			 rc;

	*out = NULL;
	*n = 0;
	if (store_feed_prepare(st, "SELECT f.id, f.url, f.source, f.title,"
	    " f.etag, f.last_modified, f.fulltext, f.last_status,"
	    " f.last_error, f.last_fetch,"
	    " (SELECT count(*) FROM feed_items i WHERE i.feed = f.id),"
	    " (SELECT count(article) FROM feed_items i WHERE i.feed = f.id)"
	    " FROM feeds f ORDER BY f.id", &s, cause) != 0)
		return -1;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		*out = xreallocarray(*out, *n + 1, sizeof **out);
		f = &(*out)[(*n)++];
		f->id = sqlite3_column_int64(s, 0);
		f->url = store_dup_column(s, 1);
		f->source = store_dup_column(s, 2);
		f->title = store_dup_column(s, 3);
		f->etag = store_dup_column(s, 4);
		f->last_modified = store_dup_column(s, 5);
		f->fulltext = sqlite3_column_int(s, 6) != 0;
		f->last_status = (long)sqlite3_column_int64(s, 7);
		f->last_error = store_dup_column(s, 8);
		f->last_fetch = sqlite3_column_int64(s, 9);
		f->nitems = sqlite3_column_int64(s, 10);
		f->narticles = sqlite3_column_int64(s, 11);
	}
	sqlite3_finalize(s);
	if (rc != SQLITE_DONE) {
		store_feeds_free(*out, *n);
		*out = NULL;
		*n = 0;
		return store_fail(st, cause, "cannot read the feeds");
	}
	return 0;
}

void
store_feeds_free(struct store_feed *v, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++) {
		free(v[i].url);
		free(v[i].source);
		free(v[i].title);
		free(v[i].etag);
		free(v[i].last_modified);
		free(v[i].last_error);
	}
	free(v);
}

int
store_feed_remove(struct store *st, int64_t id, bool *found, char **cause)
{
	sqlite3_stmt	*s;

	if (store_feed_prepare(st, "DELETE FROM feeds WHERE id = ?1", &s,
	    cause) != 0)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	if (store_feed_done(st, s, "cannot remove the feed", cause) != 0)
		return -1;
	*found = sqlite3_changes(st->db) > 0;
	return 0;
}

int
store_feed_has_item(struct store *st, int64_t feed, const char *key,
    char **cause)
{
	sqlite3_stmt	*s;
	int		 rc;

	if (store_feed_prepare(st, "SELECT 1 FROM feed_items WHERE feed = ?1"
	    " AND key = ?2", &s, cause) != 0)
		return -1;
	sqlite3_bind_int64(s, 1, feed);
	store_bind_text(s, 2, key);
	rc = sqlite3_step(s);
	sqlite3_finalize(s);
	if (rc == SQLITE_ROW)
		return 0;
	if (rc == SQLITE_DONE)
		return 1;
	return store_fail(st, cause, "cannot read the feed items");
}

int
store_feed_add_item(struct store *st, int64_t feed, const char *key,
    int64_t article, char **cause)
{
	sqlite3_stmt	*s;

	if (store_feed_prepare(st, "INSERT OR IGNORE INTO feed_items (feed,"
	    " key, article, added) VALUES (?1, ?2, ?3, ?4)", &s, cause) != 0)
		return -1;
	sqlite3_bind_int64(s, 1, feed);
	store_bind_text(s, 2, key);
	if (article > 0)
		sqlite3_bind_int64(s, 3, article);
	else
		sqlite3_bind_null(s, 3);
	sqlite3_bind_int64(s, 4, (sqlite3_int64)time(NULL));
	return store_feed_done(st, s, "cannot record the feed item", cause);
}

int
store_feed_set_cache(struct store *st, int64_t feed, const char *etag,
    const char *last_modified, char **cause)
{
	sqlite3_stmt	*s;

	if (store_feed_prepare(st, "UPDATE feeds SET etag = ?2,"
	    " last_modified = ?3 WHERE id = ?1", &s, cause) != 0)
		return -1;
	sqlite3_bind_int64(s, 1, feed);
	store_bind_text(s, 2, etag);
	store_bind_text(s, 3, last_modified);
	return store_feed_done(st, s, "cannot update the feed", cause);
}

int
store_feed_set_result(struct store *st, int64_t feed, const char *title,
    long status, const char *error, int64_t when, char **cause)
{
	sqlite3_stmt	*s;

	if (store_feed_prepare(st, "UPDATE feeds SET"
	    " title = coalesce(?2, title), last_status = ?3,"
	    " last_error = ?4, last_fetch = ?5 WHERE id = ?1", &s, cause) != 0)
		return -1;
	sqlite3_bind_int64(s, 1, feed);
	store_bind_text(s, 2, title);
	sqlite3_bind_int64(s, 3, status);
	store_bind_text(s, 4, error);
	sqlite3_bind_int64(s, 5, when);
	return store_feed_done(st, s, "cannot update the feed", cause);
}
