/*
 * match-dump: everything the matcher says of each pair on stdin, at full
 * precision, to show that a change to match.c leaves its decisions alone
 * (run the old and the new build on one file and compare).  Lines are
 * MSRP rows "label<TAB>id1<TAB>id2<TAB>s1<TAB>s2" or "id<TAB>s1<TAB>s2";
 * others are skipped.  Document frequencies are over all the sentences.
 * For each pair, one line:
 *	N <TAB> score <TAB> verdict <TAB> score b-a <TAB> verdict b-a <TAB>
 *	score without weights <TAB> verdict <TAB> rule <TAB> features…
 * then the explanation (match_result_text()) with each line indented.
 *	match-dump [-p] < pairs
 * With -p the scores come from prepared claims (match_prepare()) in one
 * context, as the cross-reference computes them, instead of
 * match_score().
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "parallax/claim.h"
#include "parallax/match.h"
#include "parallax/text.h"
#include "parallax/util.h"

struct row {
	struct claim	a;
	struct claim	b;
};

static void
row_claim(struct claim *c, const char *s)
{
	char	*clean = text_clean_line(s, strlen(s));

	claim_init(c, clean, 0, strlen(clean));
	free(clean);
}

/* Read the pairs of stdin into *rows; their count. */
static size_t
read_rows(struct row **rows, struct match_dftable *t)
{
	char	*line = NULL, *f[5], *s;
	size_t	 cap = 0, n = 0, k;

	while (getline(&line, &cap, stdin) != -1) {
		line[strcspn(line, "\r\n")] = '\0';
		s = line;
		for (k = 0; k < 5 && s != NULL; k++) {
			f[k] = s;
			s = strchr(s, '\t');
			if (s != NULL)
				*s++ = '\0';
		}
		if (s != NULL || (k != 3 && k != 5) || (k == 5 &&
		    f[0][0] != '0' && f[0][0] != '1'))
			continue;
		*rows = xreallocarray(*rows, n + 1, sizeof **rows);
		row_claim(&(*rows)[n].a, f[k - 2]);
		row_claim(&(*rows)[n].b, f[k - 1]);
		match_dftable_add(t, &(*rows)[n].a);
		match_dftable_add(t, &(*rows)[n].b);
		n++;
	}
	free(line);
	return n;
}

static void
print_explanation(const struct claim *a, const struct claim *b,
    const struct match_df *df)
{
	struct match_result	 r;
	char			*text, *line, *next;

	match_claims(a, b, df, &r);
	text = match_result_text(&r);
	for (line = text; *line != '\0'; line = next) {
		next = strchr(line, '\n');
		next = next != NULL ? next + 1 : line + strlen(line);
		printf("\t%.*s", (int)(next - line), line);
	}
	free(text);
	match_result_fini(&r);
}

int
main(int argc, char **argv)
{
	struct match_dftable	*t = match_dftable_create();
	struct match_ctx	*ctx = NULL, *flat = NULL;
	struct match_prep	**pa = NULL, **pb = NULL, **qa = NULL,
				**qb = NULL;
	struct match_df		 df;
	struct row		*rows = NULL;
	enum match_verdict	 v1, v2, v3;
	double			 x[MATCH_NFEATURES], s1, s2, s3;
	size_t			 n, i, k;
	int			 c, prep = 0;

	while ((c = getopt(argc, argv, "p")) != -1) {
		if (c != 'p') {
			fprintf(stderr, "usage: match-dump [-p] < pairs\n");
			return 2;
		}
		prep = 1;
	}
	n = read_rows(&rows, t);
	match_dftable_use(t, &df);
	if (prep) {
		ctx = match_ctx_create(&df);
		flat = match_ctx_create(NULL);
		pa = xcalloc(n + 1, sizeof *pa);
		pb = xcalloc(n + 1, sizeof *pb);
		qa = xcalloc(n + 1, sizeof *qa);
		qb = xcalloc(n + 1, sizeof *qb);
		for (i = 0; i < n; i++) {
			pa[i] = match_prepare(ctx, &rows[i].a);
			pb[i] = match_prepare(ctx, &rows[i].b);
			qa[i] = match_prepare(flat, &rows[i].a);
			qb[i] = match_prepare(flat, &rows[i].b);
		}
	}
	for (i = 0; i < n; i++) {
		if (prep) {
			s1 = match_score_prep(ctx, pa[i], pb[i], &v1);
			s2 = match_score_prep(ctx, pb[i], pa[i], &v2);
			s3 = match_score_prep(flat, qa[i], qb[i], &v3);
		} else {
			s1 = match_score(&rows[i].a, &rows[i].b, &df, &v1);
			s2 = match_score(&rows[i].b, &rows[i].a, &df, &v2);
			s3 = match_score(&rows[i].a, &rows[i].b, NULL, &v3);
		}
		printf("%zu\t%.17g\t%s\t%.17g\t%s\t%.17g\t%s\t%d", i + 1, s1,
		    match_verdict_name(v1), s2, match_verdict_name(v2), s3,
		    match_verdict_name(v3),
		    match_rule(&rows[i].a, &rows[i].b, &df));
		match_features(&rows[i].a, &rows[i].b, &df, x);
		for (k = 0; k < MATCH_NFEATURES; k++)
			printf("\t%.17g", x[k]);
		printf("\n");
		print_explanation(&rows[i].a, &rows[i].b, &df);
	}
	for (i = 0; i < n; i++) {
		if (prep) {
			match_prep_free(pa[i]);
			match_prep_free(pb[i]);
			match_prep_free(qa[i]);
			match_prep_free(qb[i]);
		}
		claim_fini(&rows[i].a);
		claim_fini(&rows[i].b);
	}
	free(pa);
	free(pb);
	free(qa);
	free(qb);
	match_ctx_free(ctx);
	match_ctx_free(flat);
	free(rows);
	match_dftable_free(t);
	return 0;
}
