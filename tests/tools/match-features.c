/*
 * match-features: the features match.c computes for each MSRP row on
 * stdin ("label<TAB>id1<TAB>id2<TAB>s1<TAB>s2", header and BOM skipped),
 * with document frequencies over all the sentences, as
 * "label f1 f2 … rule" lines for tests/eval/train.py: the features and
 * what the rules around the model say (match_rule()).  The first line
 * names the columns; the rule's is "#rule".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parallax/claim.h"
#include "parallax/match.h"
#include "parallax/text.h"
#include "parallax/util.h"

struct row {
	int		label;
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

int
main(void)
{
	struct match_dftable	*t = match_dftable_create();
	struct match_df		 df;
	struct row		*rows = NULL;
	char			*line = NULL, *f[5], *s;
	size_t			 cap = 0, n = 0, i, k;
	double			 x[MATCH_NFEATURES];

	while (getline(&line, &cap, stdin) != -1) {
		line[strcspn(line, "\r\n")] = '\0';
		s = line;
		for (k = 0; k < 5 && s != NULL; k++) {
			f[k] = s;
			s = strchr(s, '\t');
			if (s != NULL)
				*s++ = '\0';
		}
		if (k != 5 || (f[0][0] != '0' && f[0][0] != '1'))
			continue;
		rows = xreallocarray(rows, n + 1, sizeof *rows);
		rows[n].label = f[0][0] - '0';
		row_claim(&rows[n].a, f[3]);
		row_claim(&rows[n].b, f[4]);
		match_dftable_add(t, &rows[n].a);
		match_dftable_add(t, &rows[n].b);
		n++;
	}
	free(line);
	match_dftable_use(t, &df);
	printf("label");
	for (k = 0; k < MATCH_NFEATURES; k++)
		printf(" %s", match_feature_name((enum match_feature)k));
	printf(" #rule\n");
	for (i = 0; i < n; i++) {
		match_features(&rows[i].a, &rows[i].b, &df, x);
		printf("%d", rows[i].label);
		for (k = 0; k < MATCH_NFEATURES; k++)
			printf(" %.6f", x[k]);
		printf(" %d\n", match_rule(&rows[i].a, &rows[i].b, &df));
		claim_fini(&rows[i].a);
		claim_fini(&rows[i].b);
	}
	free(rows);
	match_dftable_free(t);
	return 0;
}
