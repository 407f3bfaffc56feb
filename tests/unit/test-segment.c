/*
 * Tests of segment: sentence boundaries, quotations and speakers on short
 * fictional news texts, invariants on every case, and large inputs that
 * must finish (linear time, no recursion).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "parallax/segment.h"
#include "parallax/util.h"

#define MAXSENT 10

struct sent_case {
	const char	*in;
	const char	*want[MAXSENT];
};

/* Each case: the body and the sentences it must give, in order. */
static const struct sent_case sent_cases[] = {
	/* plain full stops, questions, exclamations */
	{ "The river rose. The town flooded.",
	    { "The river rose.", "The town flooded." } },
	{ "Was the dam safe? Nobody knew.",
	    { "Was the dam safe?", "Nobody knew." } },
	{ "The crowd cheered! Then it rained.",
	    { "The crowd cheered!", "Then it rained." } },
	{ "Who approved this?! The council must answer.",
	    { "Who approved this?!", "The council must answer." } },
	{ "Really?? Yes.", { "Really??", "Yes." } },
	{ "Stop!!! The bridge is closed.",
	    { "Stop!!!", "The bridge is closed." } },
	{ "One sentence only.", { "One sentence only." } },
	{ "No final punctuation here", { "No final punctuation here" } },
	{ "  Leading and trailing spaces.  ",
	    { "Leading and trailing spaces." } },
	{ "It ended.\u00a0Then it began.", { "It ended.", "Then it began." } },
	{ "He counted to 10. Then he stopped.",
	    { "He counted to 10.", "Then he stopped." } },
	{ "Sales fell in 2021. 2022 was better.",
	    { "Sales fell in 2021.", "2022 was better." } },
	{ "The vote was close. \"We won,\" she said.",
	    { "The vote was close.", "\"We won,\" she said." } },
	{ "Prices rose. (Wages did not.) Unions protested.",
	    { "Prices rose.", "(Wages did not.)", "Unions protested." } },
	{ "Is it over? it is not.", { "Is it over? it is not." } },
	{ "The port reopened. \u00c9lise Marchand welcomed the news.",
	    { "The port reopened.",
	      "\u00c9lise Marchand welcomed the news." } },
	{ "The mayor resigned.\nHer deputy took over.",
	    { "The mayor resigned.", "Her deputy took over." } },
	{ "The mayor resigned.\n\nHer deputy took over.",
	    { "The mayor resigned.", "Her deputy took over." } },
	{ "Trailing space.\u00a0", { "Trailing space." } },
	{ "One line\u00a0\n\u00a0\nOther line", { "One line", "Other line" } },
	{ "", { NULL } },
	{ "   \n\n  \n", { NULL } },

	/* titles */
	{ "Mr. Halloran arrived late. He apologised.",
	    { "Mr. Halloran arrived late.", "He apologised." } },
	{ "Mrs. Okafor and Ms. Lind met Dr. Rasmussen.",
	    { "Mrs. Okafor and Ms. Lind met Dr. Rasmussen." } },
	{ "Prof. Ilse Varga spoke first. Questions followed.",
	    { "Prof. Ilse Varga spoke first.", "Questions followed." } },
	{ "Gen. Tamsin Crowe and Lt. Col. Avery Moss inspected the base.",
	    { "Gen. Tamsin Crowe and Lt. Col. Avery Moss inspected the "
	      "base." } },
	{ "Sgt. Nolan Pike and Capt. Rhea Dunn were promoted.",
	    { "Sgt. Nolan Pike and Capt. Rhea Dunn were promoted." } },
	{ "Sen. Odile Brand voted no. Rep. Juno Park abstained.",
	    { "Sen. Odile Brand voted no.", "Rep. Juno Park abstained." } },
	{ "Gov. Hale signed the bill. Pres. Wren vetoed it.",
	    { "Gov. Hale signed the bill.", "Pres. Wren vetoed it." } },
	{ "The letter went to Dr. Quist. She replied within a day.",
	    { "The letter went to Dr. Quist.", "She replied within a day." } },
	{ "Mr Halloran, without a full stop, is easy.",
	    { "Mr Halloran, without a full stop, is easy." } },

	/* places and companies */
	{ "They lived on Elm St. in Harbourton.",
	    { "They lived on Elm St. in Harbourton." } },
	{ "The procession passed St. Brigid's Chapel at noon.",
	    { "The procession passed St. Brigid's Chapel at noon." } },
	{ "Climbers left for Mt. Corran on Friday.",
	    { "Climbers left for Mt. Corran on Friday." } },
	{ "The office is on Quarry St. The rent is high.",
	    { "The office is on Quarry St.", "The rent is high." } },
	{ "Shares of Brightwell Inc. rose 4 per cent.",
	    { "Shares of Brightwell Inc. rose 4 per cent." } },
	{ "The deal was signed by Brightwell Inc. The price was not disclosed.",
	    { "The deal was signed by Brightwell Inc.",
	      "The price was not disclosed." } },
	{ "Norvale Ltd. Chief Executive Pia Soto resigned.",
	    { "Norvale Ltd. Chief Executive Pia Soto resigned." } },
	{ "It bought Kessel Co. for $40m. Analysts were surprised.",
	    { "It bought Kessel Co. for $40m.", "Analysts were surprised." } },
	{ "Trident Corp. said profits doubled.",
	    { "Trident Corp. said profits doubled." } },
	{ "The suit names Harlow Corp. It seeks damages.",
	    { "The suit names Harlow Corp.", "It seeks damages." } },
	{ "Arlen Brooks Jr. won the seat. His father had held it.",
	    { "Arlen Brooks Jr. won the seat.", "His father had held it." } },
	{ "Dean Moreau Sr. was also present.",
	    { "Dean Moreau Sr. was also present." } },

	/* vs, etc., e.g., i.e., approx. */
	{ "The final is Harbourton vs. Kellsmouth on Sunday.",
	    { "The final is Harbourton vs. Kellsmouth on Sunday." } },
	{ "They sell apples, pears, etc. at the market.",
	    { "They sell apples, pears, etc. at the market." } },
	{ "They sell apples, pears, etc. The market opens at dawn.",
	    { "They sell apples, pears, etc.",
	      "The market opens at dawn." } },
	{ "Some towns, e.g. Dunmore, were spared.",
	    { "Some towns, e.g. Dunmore, were spared." } },
	{ "The levy, i.e. Council tax, rose again.",
	    { "The levy, i.e. Council tax, rose again." } },
	{ "It took approx. 40 minutes to clear the road.",
	    { "It took approx. 40 minutes to clear the road." } },
	{ "The cost was approx. $3m in total.",
	    { "The cost was approx. $3m in total." } },
	{ "Tools, cables etc. We lost everything.",
	    { "Tools, cables etc.", "We lost everything." } },

	{ "Approx. 50 people came. Some left early.",
	    { "Approx. 50 people came.", "Some left early." } },
	{ "E.g. The ferry or the bus would do.",
	    { "E.g. The ferry or the bus would do." } },

	/* numbers after abbreviations */
	{ "He lives at No. 12 Canal Row.",
	    { "He lives at No. 12 Canal Row." } },
	{ "The cellar is at N\xc2\xb0. 4417.220.981. Nobody has opened it.",
	    { "The cellar is at N\xc2\xb0. 4417.220.981.",
	    "Nobody has opened it." } },
	{ "She keeps the key in locker n\xc2\xba. 31 at the depot.",
	    { "She keeps the key in locker n\xc2\xba. 31 at the depot." } },
	{ "Nos. 4 and 5 were demolished.",
	    { "Nos. 4 and 5 were demolished." } },
	{ "See Fig. 3 for the route.", { "See Fig. 3 for the route." } },
	{ "The report, Vol. 2, is long.", { "The report, Vol. 2, is long." } },
	{ "The quote is on p. 14 of the filing.",
	    { "The quote is on p. 14 of the filing." } },
	{ "It runs to pp. 20-31 of the annex.",
	    { "It runs to pp. 20-31 of the annex." } },
	{ "The answer was No. The committee moved on.",
	    { "The answer was No.", "The committee moved on." } },

	/* months */
	{ "The hearing is on Jan. 14 in Kellsmouth.",
	    { "The hearing is on Jan. 14 in Kellsmouth." } },
	{ "It opened Feb. 2 and closed Aug. 30.",
	    { "It opened Feb. 2 and closed Aug. 30." } },
	{ "Voting ends Sept. 9. Results follow a day later.",
	    { "Voting ends Sept. 9.", "Results follow a day later." } },
	{ "Talks resume Oct. 3, officials said.",
	    { "Talks resume Oct. 3, officials said." } },
	{ "The strike began Nov. 21 and ended Dec. 2.",
	    { "The strike began Nov. 21 and ended Dec. 2." } },
	{ "The law took effect in Dec. The courts were ready.",
	    { "The law took effect in Dec.", "The courts were ready." } },

	/* dotted abbreviations */
	{ "The U.S. army withdrew.", { "The U.S. army withdrew." } },
	{ "The U.S. Army withdrew on Monday.",
	    { "The U.S. Army withdrew on Monday." } },
	{ "She moved to the U.S. In 2010 she opened a bakery.",
	    { "She moved to the U.S.", "In 2010 she opened a bakery." } },
	{ "The U.K. government objected.",
	    { "The U.K. government objected." } },
	{ "Troops left the U.K. They arrived a week later.",
	    { "Troops left the U.K.", "They arrived a week later." } },
	{ "The U.N. Security Council met.",
	    { "The U.N. Security Council met." } },
	{ "Aid came from the E.U. and Norway.",
	    { "Aid came from the E.U. and Norway." } },
	{ "The decision rests with the E.U. Its members disagree.",
	    { "The decision rests with the E.U.", "Its members disagree." } },
	{ "The ferry left at 9 a.m. The mayor waved it off.",
	    { "The ferry left at 9 a.m.", "The mayor waved it off." } },
	{ "The ferry left at 9 a.m. on Monday.",
	    { "The ferry left at 9 a.m. on Monday." } },
	{ "The ferry left at 9 a.m. Monday, crew said.",
	    { "The ferry left at 9 a.m. Monday, crew said." } },
	{ "Polls close at 8 p.m. Counting starts at once.",
	    { "Polls close at 8 p.m.", "Counting starts at once." } },
	{ "Polls close at 8 p.m. local time.",
	    { "Polls close at 8 p.m. local time." } },
	{ "The vote ends at 8 p.m. GMT on Sunday.",
	    { "The vote ends at 8 p.m. GMT on Sunday." } },
	{ "The blast came at 4 a.m. Kellsmouth time.",
	    { "The blast came at 4 a.m. Kellsmouth time." } },
	{ "The blast came at 4 a.m. \"It shook the house,\" a neighbour said.",
	    { "The blast came at 4 a.m.",
	      "\"It shook the house,\" a neighbour said." } },
	{ "Between 6 a.m. and noon the road was shut.",
	    { "Between 6 a.m. and noon the road was shut." } },

	/* initials */
	{ "J. R. R. Tolkien wrote it.", { "J. R. R. Tolkien wrote it." } },
	{ "George W. Bush visited the plant.",
	    { "George W. Bush visited the plant." } },
	{ "The novel by A. N. Whitcombe sold well.",
	    { "The novel by A. N. Whitcombe sold well." } },
	{ "Her mentor was Maria T. Solberg.",
	    { "Her mentor was Maria T. Solberg." } },
	{ "The team used plan B. The results were mixed.",
	    { "The team used plan B.", "The results were mixed." } },
	{ "E. Castillo and R. Obi co-wrote the study.",
	    { "E. Castillo and R. Obi co-wrote the study." } },
	{ "Officer T. J. Wren filed the report.",
	    { "Officer T. J. Wren filed the report." } },
	{ "Nobody was angrier than I. The vote went ahead anyway.",
	    { "Nobody was angrier than I.", "The vote went ahead anyway." } },
	{ "The captain and I. Did we know? No.",
	    { "The captain and I.", "Did we know?", "No." } },
	{ "The memoir by I. Petrova sold well.",
	    { "The memoir by I. Petrova sold well." } },
	{ "Anna I. Kovac signed the lease.",
	    { "Anna I. Kovac signed the lease." } },

	/* decimals and money */
	{ "Growth was 3.2 per cent. Inflation fell.",
	    { "Growth was 3.2 per cent.", "Inflation fell." } },
	{ "The fund lost $1.5bn last year.",
	    { "The fund lost $1.5bn last year." } },
	{ "Rates rose 0.5%. Borrowers groaned.",
	    { "Rates rose 0.5%.", "Borrowers groaned." } },
	{ "The ticket costs \u00a34.50. Children travel free.",
	    { "The ticket costs \u00a34.50.", "Children travel free." } },
	{ "The index closed at 7,412.85 points.",
	    { "The index closed at 7,412.85 points." } },
	{ "It weighs 1.25 tonnes and costs \u20ac2.4m.",
	    { "It weighs 1.25 tonnes and costs \u20ac2.4m." } },
	{ "Turnout was .62 of the roll.", { "Turnout was .62 of the roll." } },

	/* URLs, e-mail, versions */
	{ "Details are at example.com/a.b for now.",
	    { "Details are at example.com/a.b for now." } },
	{ "Read more at https://news.example.org/2023/vote.html today.",
	    { "Read more at https://news.example.org/2023/vote.html today." } },
	{ "Write to tips@example.net. We reply fast.",
	    { "Write to tips@example.net.", "We reply fast." } },
	{ "Visit example.com. Then log in.",
	    { "Visit example.com.", "Then log in." } },
	{ "The app moved to v2.1 in March.",
	    { "The app moved to v2.1 in March." } },
	{ "Version 10.4.2 fixes the flaw.",
	    { "Version 10.4.2 fixes the flaw." } },
	{ "They run node.js on the servers.",
	    { "They run node.js on the servers." } },
	{ "Update to v3.0.1. Older versions are unsafe.",
	    { "Update to v3.0.1.", "Older versions are unsafe." } },

	/* ellipses */
	{ "He paused... The crowd waited.",
	    { "He paused...", "The crowd waited." } },
	{ "He paused... and then went on.",
	    { "He paused... and then went on." } },
	{ "She hesitated\u2026 Then she signed.",
	    { "She hesitated\u2026", "Then she signed." } },
	{ "She hesitated\u2026 then signed.",
	    { "She hesitated\u2026 then signed." } },
	{ "The list goes on \u2026 and on.",
	    { "The list goes on \u2026 and on." } },
	{ "It was over....", { "It was over...." } },
	{ "... and so it ended.", { "... and so it ended." } },
	{ "Wait... \"Who is there?\" he called.",
	    { "Wait...", "\"Who is there?\" he called." } },

	{ "The minister said the plan would . . . take time. Critics "
	  "disagreed.", { "The minister said the plan would . . . take time.",
	      "Critics disagreed." } },
	{ "The report ended there. . . . A second report followed.",
	    { "The report ended there. . . .", "A second report followed." } },
	{ "The talks stalled . . . I left before the end.",
	    { "The talks stalled . . . I left before the end." } },
	/* An ellipsis after a word no sentence ends on leaves words out. */
	{ "We saw the vote through the prism of ... March 3 and the fire.",
	    { "We saw the vote through the prism of ... March 3 and the "
	      "fire." } },
	{ "The ferry went to \u2026 Harwick in the end. Nobody asked why.",
	    { "The ferry went to \u2026 Harwick in the end.",
	      "Nobody asked why." } },
	{ "The captain had no last words ... He waved and left.",
	    { "The captain had no last words ...", "He waved and left." } },
	{ "It was a long night. . . .\u201d",
	    { "It was a long night. . . .\u201d" } },
	{ "Nobody spoke.... I left.", { "Nobody spoke....", "I left." } },
	{ "\"The harbour [...] will reopen,\" the mayor said.",
	    { "\"The harbour [...] will reopen,\" the mayor said." } },
	{ "\"The harbour (...) will reopen\" (Varga, 2021).",
	    { "\"The harbour (...) will reopen\" (Varga, 2021)." } },

	/* quotes and brackets after the full stop */
	{ "He said: \"We will stay.\" Then he left.",
	    { "He said: \"We will stay.\"", "Then he left." } },
	{ "He said: \u201cWe will stay.\u201d Then he left.",
	    { "He said: \u201cWe will stay.\u201d", "Then he left." } },
	{ "She called it \u2018a disgrace.\u2019 The board disagreed.",
	    { "She called it \u2018a disgrace.\u2019",
	      "The board disagreed." } },
	{ "He called it 'a farce.' Others agreed.",
	    { "He called it 'a farce.'", "Others agreed." } },
	{ "The plan failed (see below). Nobody was hurt.",
	    { "The plan failed (see below).", "Nobody was hurt." } },
	{ "The bridge reopened (it had been shut since May.) Traffic eased.",
	    { "The bridge reopened (it had been shut since May.)",
	      "Traffic eased." } },
	{ "[The rest of the statement was unclear.] The meeting ended.",
	    { "[The rest of the statement was unclear.]",
	      "The meeting ended." } },
	{ "\"Is that all?\" she asked.", { "\"Is that all?\" she asked." } },
	{ "\u201cIs that all?\u201d asked Vera Holm.",
	    { "\u201cIs that all?\u201d asked Vera Holm." } },
	{ "\u201cGet out!\u201d Vera Holm shouted.",
	    { "\u201cGet out!\u201d Vera Holm shouted." } },
	{ "\"Why now?\" Mr Adeyemi asked. \"Why not last year?\"",
	    { "\"Why now?\" Mr Adeyemi asked.", "\"Why not last year?\"" } },
	{ "\"We will stay.\" The minister was firm.",
	    { "\"We will stay.\"", "The minister was firm." } },
	{ "\"We will rebuild. We will not leave,\" she said.",
	    { "\"We will rebuild.", "We will not leave,\" she said." } },
	{ "\u201cIt is done. It is over. Go home,\u201d the chief said.",
	    { "\u201cIt is done.", "It is over.",
	      "Go home,\u201d the chief said." } },
	{ "The sign read \"closed.\" so we left.",
	    { "The sign read \"closed.\" so we left." } },

	/* apostrophes */
	{ "Don't panic. It's fine.", { "Don't panic.", "It's fine." } },
	{ "Wagner\u2019s men left. The town was quiet.",
	    { "Wagner\u2019s men left.", "The town was quiet." } },
	{ "Music from the '90s returned. Fans rejoiced.",
	    { "Music from the '90s returned.", "Fans rejoiced." } },
	{ "Fashion of the \u201980s is back. Shops agree.",
	    { "Fashion of the \u201980s is back.", "Shops agree." } },
	{ "The players\u2019 union voted. A strike looms.",
	    { "The players\u2019 union voted.", "A strike looms." } },
	{ "It wasn\u2019t the first time. It won\u2019t be the last.",
	    { "It wasn\u2019t the first time.",
	      "It won\u2019t be the last." } },

	/* headlines, lines and lists */
	{ "Storm Hits Coastal Towns\nThe storm arrived on Monday.",
	    { "Storm Hits Coastal Towns", "The storm arrived on Monday." } },
	{ "Flood warning issued\n\nResidents were told to leave.",
	    { "Flood warning issued", "Residents were told to leave." } },
	{ "Council backs new tram line\nThe council voted on Tuesday to "
	  "approve the long-delayed tram line through the old docks.",
	    { "Council backs new tram line",
	      "The council voted on Tuesday to approve the long-delayed "
	      "tram line through the old docks." } },
	{ "Key points:\n- rents will rise\n- tenants may appeal",
	    { "Key points:", "- rents will rise", "- tenants may appeal" } },
	{ "Key points\n* Rents will rise\n* Tenants may appeal",
	    { "Key points", "* Rents will rise", "* Tenants may appeal" } },
	{ "What we know\n\u2022 Two ferries collided\n\u2022 Nobody died",
	    { "What we know", "\u2022 Two ferries collided",
	      "\u2022 Nobody died" } },
	{ "1. First item\n2. Second item",
	    { "1. First item", "2. Second item" } },
	{ "1. Close the gates.\n2. Call the warden.",
	    { "1. Close the gates.", "2. Call the warden." } },
	{ "The steps are:\n1) wait\n2) leave",
	    { "The steps are:", "1) wait", "2) leave" } },
	{ "The council met on\nTuesday to discuss the plan.",
	    { "The council met on\nTuesday to discuss the plan." } },
	{ "The mayor met with officials from the port authority and\n"
	  "Harbourton Council to discuss the plan.",
	    { "The mayor met with officials from the port authority and\n"
	      "Harbourton Council to discuss the plan." } },
	{ "Line one of a wrapped sentence goes on for a while and\n"
	  "ends here.", { "Line one of a wrapped sentence goes on for a while "
	  "and\nends here." } },
	{ "Headline One\n\nHeadline Two\n\nBody text.",
	    { "Headline One", "Headline Two", "Body text." } },
	{ "- one item\n- another item.",
	    { "- one item", "- another item." } },
	{ "Residents fled.\n\n\"We have nothing left,\" one said.",
	    { "Residents fled.", "\"We have nothing left,\" one said." } },
	{ "First paragraph without stop\n  \nSecond paragraph.",
	    { "First paragraph without stop", "Second paragraph." } },

	{ "a. Close the port\nb. Open the shelters",
	    { "a. Close the port", "b. Open the shelters" } },
	{ "The death toll rose to\n12. Officials said more were found.",
	    { "The death toll rose to\n12.",
	      "Officials said more were found." } },
	{ "Steps\n3. Mix the flour.", { "Steps", "3. Mix the flour." } },
	{ "Choose:\na) wait\nb) leave",
	    { "Choose:", "a) wait", "b) leave" } },
	{ "a) Close the port b) Open the shelters",
	    { "a) Close the port", "b) Open the shelters" } },
	{ "He said a) it rained and b) it snowed.",
	    { "He said a) it rained and b) it snowed." } },
	{ "What to do:\n\na. Close the gates.\nb. Call the warden.",
	    { "What to do:", "a. Close the gates.", "b. Call the warden." } },
	{ "\u2022 9. Close the port\n\u2022 10. Open the shelters",
	    { "\u2022 9. Close the port", "\u2022 10. Open the shelters" } },
	{ "Orders for the night:\n\u2022 10. Open the shelters",
	    { "Orders for the night:", "\u2022 10. Open the shelters" } },
	{ "The rules:\n1. No dogs.\n2. No bikes.\n3. No music.",
	    { "The rules:", "1. No dogs.", "2. No bikes.", "3. No music." } },

	{ "1.) Close the port 2.) Open the shelters",
	    { "1.) Close the port", "2.) Open the shelters" } },
	{ "1. Close the port. 2. Open the shelters.",
	    { "1. Close the port.", "2. Open the shelters." } },
	{ "1) Close the port 2) Open the shelters 3) Wait",
	    { "1) Close the port", "2) Open the shelters", "3) Wait" } },
	{ "\u2022 4. Close the port \u2022 5. Open the shelters",
	    { "\u2022 4. Close the port", "\u2022 5. Open the shelters" } },
	{ "a. Close the port b. Open the shelters c. Wait for news",
	    { "a. Close the port", "b. Open the shelters",
	      "c. Wait for news" } },
	{ "1. The council met on May 2. The vote followed.",
	    { "1. The council met on May 2.", "The vote followed." } },
	{ "Sales rose 2. The rest fell 3. Nothing else changed.",
	    { "Sales rose 2.", "The rest fell 3.", "Nothing else changed." } },
	{ "tickets\nferry times\nharbour map",
	    { "tickets", "ferry times", "harbour map" } },
	{ "The ferry was late\nagain on Monday.",
	    { "The ferry was late\nagain on Monday." } },

	/* lost spaces, dashes, citations, times */
	{ "The dam held.Engineers were relieved.",
	    { "The dam held.", "Engineers were relieved." } },
	{ "The ferry left at noon.Mr. Varga waved.",
	    { "The ferry left at noon.", "Mr. Varga waved." } },
	{ "They sold 2,000.Prices fell.",
	    { "They sold 2,000.", "Prices fell." } },
	{ "They build it with Harbour Studio.Net. Sales rose.",
	    { "They build it with Harbour Studio.Net.", "Sales rose." } },
	{ "The ferry left.It was late.", { "The ferry left.", "It was late." } },
	{ "He flew to St.Louis on Monday.",
	    { "He flew to St.Louis on Monday." } },
	{ "Times are at www.Ferry.example today.",
	    { "Times are at www.Ferry.example today." } },
	{ "Write to desk@Harbour.example now.",
	    { "Write to desk@Harbour.example now." } },
	{ "The crowd shouted -- stop! -- and the police withdrew.",
	    { "The crowd shouted -- stop! -- and the police withdrew." } },
	{ "Was it fair? \u2014 nobody asked \u2014 the vote stood.",
	    { "Was it fair? \u2014 nobody asked \u2014 the vote stood." } },
	{ "The toll rose.[4] Rescuers kept searching.",
	    { "The toll rose.[4]", "Rescuers kept searching." } },
	{ "The toll rose.[4][12] Rescuers kept searching.",
	    { "The toll rose.[4][12]", "Rescuers kept searching." } },
	{ "At 6 a.m. Mrs. Varga opened the gates.",
	    { "At 6 a.m. Mrs. Varga opened the gates." } },
	{ "The gates opened at 6 a.m. Mrs. Varga was first in.",
	    { "The gates opened at 6 a.m.", "Mrs. Varga was first in." } },
	{ "By 6 a.m. The square was full.",
	    { "By 6 a.m.", "The square was full." } },

	/* seen in real wire copy */
	{ "The award went to then-Gov. Ruiz in 2019.",
	    { "The award went to then-Gov. Ruiz in 2019." } },
	{ "Filings said he joined a post-Sept. 11 cell.",
	    { "Filings said he joined a post-Sept. 11 cell." } },
	{ "She grew up in Minneapolis-St. Paul and left.",
	    { "She grew up in Minneapolis-St. Paul and left." } },
	{ "The deal with Harbour/J.D. Varga closed.",
	    { "The deal with Harbour/J.D. Varga closed." } },
	{ "Spokesman Brig. Gen. Ana Varga spoke.",
	    { "Spokesman Brig. Gen. Ana Varga spoke." } },
	{ "Navy spokesman Cmdr. Tom Reyes said the ship was safe.",
	    { "Navy spokesman Cmdr. Tom Reyes said the ship was safe." } },
	{ "The absent were Sens. Ruiz and Lee, and Pfc. Obi.",
	    { "The absent were Sens. Ruiz and Lee, and Pfc. Obi." } },
	{ "The ruling in Harbour v. Varga stands.",
	    { "The ruling in Harbour v. Varga stands." } },
	{ "Shares of Marlin Co. (MRL) rose 3 percent.",
	    { "Shares of Marlin Co. (MRL) rose 3 percent." } },
	{ "At 11 a.m. (1500 GMT), the note rose.",
	    { "At 11 a.m. (1500 GMT), the note rose." } },
	{ "The rocket lifts off at 2:05 p.m. (7:05 p.m. in London) today.",
	    { "The rocket lifts off at 2:05 p.m. (7:05 p.m. in London) "
	      "today." } },
	{ "Sales fell at Marlin Co. (The firm blamed the weather.)",
	    { "Sales fell at Marlin Co.", "(The firm blamed the weather.)" } },
	{ "She drives the Varga Inc. No. 4 car.",
	    { "She drives the Varga Inc. No. 4 car." } },
	{ "\"We will stay,\" he said. \"",
	    { "\"We will stay,\" he said. \"" } },
	{ "The ferry sank. \u2026", { "The ferry sank. \u2026" } },

	/* lowercase continuation */
	{ "He met the U.S. ambassador. She was late.",
	    { "He met the U.S. ambassador.", "She was late." } },
	{ "The exhibit, open 10 a.m. to 6 p.m. daily, is free.",
	    { "The exhibit, open 10 a.m. to 6 p.m. daily, is free." } },
	{ "They met Dr. and Mrs. Varga at the hall.",
	    { "They met Dr. and Mrs. Varga at the hall." } },
	{ "He said no. and left.", { "He said no. and left." } },
	{ "The score was 2-1. a late goal decided it.",
	    { "The score was 2-1. a late goal decided it." } },

	/* mixed news paragraphs */
	{ "Mr. Kirby arrived at 9 a.m. on Monday. He left at noon.",
	    { "Mr. Kirby arrived at 9 a.m. on Monday.",
	      "He left at noon." } },
	{ "The U.S. and the U.K. signed. Talks end Jan. 5.",
	    { "The U.S. and the U.K. signed.", "Talks end Jan. 5." } },
	{ "Dr. A. B. Cole said the vaccine is 95.2% effective. Trials "
	  "continue.", { "Dr. A. B. Cole said the vaccine is 95.2% effective.",
	  "Trials continue." } },
	{ "Gen. Ruiz (ret.) spoke. Nobody asked questions.",
	    { "Gen. Ruiz (ret.) spoke.", "Nobody asked questions." } },
	{ "Fines rose to $2.5m. \u201cThat is fair,\u201d Ms. Park said.",
	    { "Fines rose to $2.5m.",
	      "\u201cThat is fair,\u201d Ms. Park said." } },
	{ "Shares fell 1.2%. Brightwell Inc. blamed the weather.",
	    { "Shares fell 1.2%.", "Brightwell Inc. blamed the weather." } },
	{ "Is the U.N. ready? Its envoy thinks so.",
	    { "Is the U.N. ready?", "Its envoy thinks so." } },
	{ "It was Vol. 3! Collectors queued.",
	    { "It was Vol. 3!", "Collectors queued." } },
	{ "The strike (the third this year) ended. Buses ran again.",
	    { "The strike (the third this year) ended.",
	      "Buses ran again." } },
	{ "A ceasefire? \u201cNot yet,\u201d said Col. Mbeki.",
	    { "A ceasefire?", "\u201cNot yet,\u201d said Col. Mbeki." } },
	{ "Timeline:\n- Jan. 9: strike begins\n- Jan. 12: talks fail",
	    { "Timeline:", "- Jan. 9: strike begins",
	      "- Jan. 12: talks fail" } },
	{ "The strike began at 6 a.m. on Jan. 9. Since then approx. 1,200 "
	  "sailings were cancelled.",
	    { "The strike began at 6 a.m. on Jan. 9.",
	      "Since then approx. 1,200 sailings were cancelled." } },
	{ "Roads closed.\nSchools closed.\nShops stayed open.",
	    { "Roads closed.", "Schools closed.", "Shops stayed open." } },
	{ "Rain. Wind. Snow.", { "Rain.", "Wind.", "Snow." } },
	{ "He won by 3 votes. \u2018A miracle,\u2019 he said.",
	    { "He won by 3 votes.", "\u2018A miracle,\u2019 he said." } },
	{ "The sum, \u00a31.2bn, was paid in Feb. 2021.",
	    { "The sum, \u00a31.2bn, was paid in Feb. 2021." } },
	{ "Ask Prof. Lund. She knows.", { "Ask Prof. Lund.", "She knows." } },
	{ "He moved to St. Petersburg, Fla. The move was hard.",
	    { "He moved to St. Petersburg, Fla.", "The move was hard." } },
	{ "The U.S.-led coalition met. The vote was 52-48.",
	    { "The U.S.-led coalition met.", "The vote was 52-48." } },
	{ "He works for Acme Corp. in Dunmore.",
	    { "He works for Acme Corp. in Dunmore." } },
	{ "\"Nobody,\" she said, \"will be left behind.\" Then she sat.",
	    { "\"Nobody,\" she said, \"will be left behind.\"",
	      "Then she sat." } },
};

struct quote_want {
	const char	*text;
	const char	*speaker;	/* "" when none */
	size_t		 sentence;
};

struct quote_case {
	const char		*in;
	struct quote_want	 want[6];
	size_t			 n;
};

/* Each case: the body and its quotations, in order. */
static const struct quote_case quote_cases[] = {
	/* A long appositive between the name and the verb. */
	{ "Ivo Brandt, chief executive of the Orlen Water Board, said: "
	  "\"The dam is safe.\"",
	    { { "The dam is safe.", "Ivo Brandt", 0 } }, 1 },
	/* A pronoun means the person named since the last quotation. */
	{ "\"We are ready,\" said Ivo Brandt. Ada Lind said the town "
	  "was relieved. She added: \"We can rest.\"",
	    { { "We are ready", "Ivo Brandt", 0 },
	      { "We can rest.", "Ada Lind", 2 } }, 2 },
	{ "\"We will stay,\" said Kirby.",
	    { { "We will stay", "Kirby", 0 } }, 1 },
	{ "\"We will stay,\" Kirby said.",
	    { { "We will stay", "Kirby", 0 } }, 1 },
	{ "Kirby said: \"We will stay.\"",
	    { { "We will stay.", "Kirby", 0 } }, 1 },
	{ "Kirby said that \"nobody will leave\".",
	    { { "nobody will leave", "Kirby", 0 } }, 1 },
	{ "John Kirby said: \u201cThe port is open.\u201d Then he left. "
	  "\u201cWe are ready,\u201d he added.",
	    { { "The port is open.", "John Kirby", 0 },
	      { "We are ready", "John Kirby", 2 } }, 2 },
	{ "\u201cThe talks failed,\u201d Mara Lindqvist said. "
	  "\u201cThey will resume,\u201d she told reporters.",
	    { { "The talks failed", "Mara Lindqvist", 0 },
	      { "They will resume", "Mara Lindqvist", 1 } }, 2 },
	{ "\u201cWe are ready,\u201d said Mr Orley. \u201cAre you?\u201d "
	  "he asked.",
	    { { "We are ready", "Orley", 0 },
	      { "Are you?", "Orley", 1 } }, 2 },
	{ "\"Nothing is agreed,\" a senior administration official said.",
	    { { "Nothing is agreed", "a senior administration official",
	      0 } }, 1 },
	{ "\"Nothing is agreed,\" a senior official said. \"Talks go on,\" "
	  "the official said.",
	    { { "Nothing is agreed", "a senior official", 0 },
	      { "Talks go on", "the official", 1 } }, 2 },
	{ "\"We will rebuild. We will not leave,\" she said.",
	    { { "We will rebuild. We will not leave", "", 0 } }, 1 },
	{ "Ada Venn spoke first. \"We will rebuild. We will not leave,\" "
	  "she said.",
	    { { "We will rebuild. We will not leave", "", 1 } }, 1 },
	{ "\u201cWe will rebuild,\u201d Ada Venn said. \u201cWe will rebuild. "
	  "We will not leave,\u201d she said.",
	    { { "We will rebuild", "Ada Venn", 0 },
	      { "We will rebuild. We will not leave", "Ada Venn", 1 } }, 2 },
	{ "The plan is \"dead\", according to Tomas Orley.",
	    { { "dead", "Tomas Orley", 0 } }, 1 },
	{ "According to Tomas Orley, \"the plan is dead\".",
	    { { "the plan is dead", "Tomas Orley", 0 } }, 1 },
	{ "\u2018We lost,\u2019 the coach admitted.",
	    { { "We lost", "the coach", 0 } }, 1 },
	{ "The players\u2019 union said the deal was \u2018unacceptable\u2019.",
	    { { "unacceptable", "The players\u2019 union", 0 } }, 1 },
	{ "Don\u2019t call it a \u2018crisis\u2019, she said.",
	    { { "crisis", "", 0 } }, 1 },
	{ "\u201cWhy now?\u201d asked Lena Ortiz.",
	    { { "Why now?", "Lena Ortiz", 0 } }, 1 },
	{ "\u201cGet out!\u201d Vera Holm shouted.",
	    { { "Get out!", "Vera Holm", 0 } }, 1 },
	{ "The mayor said: \u201cWe start today.\u201d",
	    { { "We start today.", "The mayor", 0 } }, 1 },
	{ "Police said \"no one was hurt\".",
	    { { "no one was hurt", "Police", 0 } }, 1 },
	{ "\u201cWe will stay,\u201d Kirby said. "
	  "\u201cWe have no choice.\u201d",
	    { { "We will stay", "Kirby", 0 },
	      { "We have no choice.", "Kirby", 1 } }, 2 },
	{ "Kirby said: \u201cWe will stay.\n\n\u201cWe have no choice.\u201d",
	    { { "We will stay.", "Kirby", 0 },
	      { "We have no choice.", "Kirby", 1 } }, 2 },
	{ "\u201cThe fire spread fast,\u201d Chief Ana Ruiz said. "
	  "\u201cWe were lucky.\n\n\u201cIt could have been worse.\n\n"
	  "\u201cMuch worse.\u201d",
	    { { "The fire spread fast", "Chief Ana Ruiz", 0 },
	      { "We were lucky.", "Chief Ana Ruiz", 1 },
	      { "It could have been worse.", "Chief Ana Ruiz", 2 },
	      { "Much worse.", "Chief Ana Ruiz", 3 } }, 4 },
	{ "The pipe is 12\" wide. Nothing else.", { { NULL, NULL, 0 } }, 0 },
	{ "He wrote \u201c\u201d on the form.", { { NULL, NULL, 0 } }, 0 },
	{ "\u201cIt was, in his words, \u2018a mess\u2019,\u201d said "
	  "Ines Kraal.",
	    { { "It was, in his words, \u2018a mess\u2019", "Ines Kraal",
	      0 } }, 1 },
	{ "\u2018The \u201cfree\u201d tickets cost \u00a35,\u2019 Ines Kraal "
	  "wrote.",
	    { { "The \u201cfree\u201d tickets cost \u00a35", "Ines Kraal",
	      0 } }, 1 },
	{ "Dr. Ravi Mehta told reporters: \u201cThe data is clear.\u201d",
	    { { "The data is clear.", "Ravi Mehta", 0 } }, 1 },
	{ "\u201cThe data is clear,\u201d Dr. Ravi Mehta told reporters on "
	  "Monday.",
	    { { "The data is clear", "Ravi Mehta", 0 } }, 1 },
	{ "\u201cWe tried,\u201d a spokesman for the ministry said.",
	    { { "We tried", "a spokesman for the ministry", 0 } }, 1 },
	{ "\u201cWe tried,\u201d said a spokesman for the ministry.",
	    { { "We tried", "a spokesman", 0 } }, 1 },
	{ "The minister called the report \u201cmisleading\u201d.",
	    { { "misleading", "The minister", 0 } }, 1 },
	{ "Lind spoke. She described the plan as \u201ca disgrace\u201d.",
	    { { "a disgrace", "", 1 } }, 1 },
	{ "Lind said it was late. She described the plan as \u201ca "
	  "disgrace\u201d.", { { "a disgrace", "Lind", 1 } }, 1 },
	{ "The plan was described as \u201ca disgrace\u201d.",
	    { { "a disgrace", "", 0 } }, 1 },
	{ "Kirby said the US would act.\n\nAdding: \u201cWe will not "
	  "wait.\u201d", { { "We will not wait.", "Kirby", 1 } }, 1 },
	{ "Kirby spoke first. The chair called it \u201ca waste\u201d. "
	  "Adding: \u201cNever again.\u201d",
	    { { "a waste", "The chair", 1 },
	      { "Never again.", "The chair", 2 } }, 2 },
	{ "\u201cThis is over,\u201d he said.",
	    { { "This is over", "", 0 } }, 1 },
	{ "Kirby left early. \u201cThis is over,\u201d he said later.",
	    { { "This is over", "", 1 } }, 1 },
	{ "Kirby said: \u201cWe are done.\u201d Later, "
	  "\u201cthis is over,\u201d "
	  "he warned.",
	    { { "We are done.", "Kirby", 0 },
	      { "this is over", "Kirby", 1 } }, 2 },
	{ "\u201cNo comment,\u201d Harbourton Council said in a statement.",
	    { { "No comment", "Harbourton Council", 0 } }, 1 },
	{ "Officials in Kellsmouth said \u201cthe ferry is safe\u201d.",
	    { { "the ferry is safe", "Officials in Kellsmouth", 0 } }, 1 },
	{ "\u201cWe won\u2019t,\u201d said Ana Costa. \u201cEver.\u201d\n\n"
	  "\u201cWe\u2019re done,\u201d they said.",
	    { { "We won\u2019t", "Ana Costa", 0 }, { "Ever.", "Ana Costa", 1 },
	      { "We\u2019re done", "Ana Costa", 2 } }, 3 },
	{ "\u201cIt works,\u201d says Bruno Ferraz, the lead engineer.",
	    { { "It works", "Bruno Ferraz", 0 } }, 1 },
	{ "\u201cThat\u2019s wrong,\u201d Kirby, 54, said.",
	    { { "That\u2019s wrong", "Kirby", 0 } }, 1 },
	{ "\"It is the third fire,\" one resident, Petra Olsen, said.",
	    { { "It is the third fire", "Petra Olsen", 0 } }, 1 },
	{ "Speaking to reporters, Lena Voss said: \u201cNothing changed.\u201d",
	    { { "Nothing changed.", "Lena Voss", 0 } }, 1 },
	{ "\"Nobody,\" Lena Voss said, \"will be left behind.\"",
	    { { "Nobody", "Lena Voss", 0 },
	      { "will be left behind.", "Lena Voss", 0 } }, 2 },
	{ "\u201cWe stay,\u201d Gen. Petra Hollis told The Harbourton Post.",
	    { { "We stay", "Petra Hollis", 0 } }, 1 },
	{ "\"The flames were high,\" said fire chief Orla Benn.",
	    { { "The flames were high", "Orla Benn", 0 } }, 1 },
	{ "\"We rule nothing out,\" Det. Insp. Marcus Hale said. He added "
	  "that \"several witnesses\" came forward.",
	    { { "We rule nothing out", "Marcus Hale", 0 },
	      { "several witnesses", "Marcus Hale", 1 } }, 2 },
	{ "A spokesperson for the U.S. Embassy said it was \"watching.\"",
	    { { "watching.", "A spokesperson for the U.S. Embassy", 0 } }, 1 },
	{ "Asked whether he would resign, Mr. Doyle replied: \u201cNo.\u201d",
	    { { "No.", "Doyle", 0 } }, 1 },
	{ "\u2018It\u2019s the players\u2019 money,\u2019 said Cole Amis.",
	    { { "It\u2019s the players\u2019 money", "Cole Amis", 0 } }, 1 },
	{ "Northsound\u2019s chief executive, Paul Grieve, said the 4.5% "
	  "offer was \"generous and final\". He added: \"We cannot go "
	  "further.\"",
	    { { "generous and final", "Paul Grieve", 0 },
	      { "We cannot go further.", "Paul Grieve", 1 } }, 2 },
	{ "He said 'no' twice.", { { NULL, NULL, 0 } }, 0 },
	{ "\u00abNous restons\u00bb, a d\u00e9clar\u00e9 le maire.",
	    { { "Nous restons", "", 0 } }, 1 },
	/* A second quotation in the sentence of the first. */
	{ "The mayor, Ana Holt, said the plan was \"long overdue\" and "
	  "\"welcome news\".",
	    { { "long overdue", "Ana Holt", 0 },
	      { "welcome news", "Ana Holt", 0 } }, 2 },
	/* A quoted phrase followed by its sentence's verb is no
	 * attribution; the speaker is the one before it. */
	{ "Ana Holt claimed \"fierce storms\" battered Keldry, with "
	  "residents \"clinging to the quay.\"",
	    { { "fierce storms", "Ana Holt", 0 },
	      { "clinging to the quay.", "Ana Holt", 0 } }, 2 },
	/* A quoted phrase in a sentence attributed at its end. */
	{ "The board will cut its \"support budget\" next year, spokesman "
	  "Ivo Brandt said on Friday.",
	    { { "support budget", "Ivo Brandt", 0 } }, 1 },
	/* A quotation over two paragraphs, attributed at its end. */
	{ "\u201cThe wall will hold.\n\n\u201cWe checked it twice,\u201d "
	  "Mara Quill said.",
	    { { "The wall will hold.", "Mara Quill", 0 },
	      { "We checked it twice", "Mara Quill", 1 } }, 2 },
};

/* Compare the span [s, e) of body with want. */
static int
span_is(const char *body, size_t s, size_t e, const char *want)
{
	return e - s == strlen(want) && memcmp(body + s, want, e - s) == 0;
}

/* A no-break space (U+00A0, the only non-ASCII blank in the cases). */
static int
is_nbsp(const char *body, size_t k, size_t len)
{
	return k + 1 < len && (unsigned char)body[k] == 0xc2 &&
	    (unsigned char)body[k + 1] == 0xa0;
}

/* Ordered, non-overlapping, trimmed, within bounds, covering the text. */
static int
check_invariants(const char *body, size_t len,
    const struct segment_result *r, char *why, size_t whylen)
{
	size_t	i, k, prev = 0;

	for (i = 0; i < r->nsentences; i++) {
		size_t s = r->sentences[i].start, e = r->sentences[i].end;

		if (s >= e || e > len || s < prev) {
			snprintf(why, whylen, "sentence %zu out of order", i);
			return 0;
		}
		if (body[s] == ' ' || body[s] == '\n' || body[e - 1] == ' ' ||
		    body[e - 1] == '\n' || is_nbsp(body, s, len) ||
		    (e >= 2 && is_nbsp(body, e - 2, len))) {
			snprintf(why, whylen, "sentence %zu not trimmed", i);
			return 0;
		}
		for (k = prev; k < s; k++) {
			if (is_nbsp(body, k, len)) {
				k++;
				continue;
			}
			if (body[k] != ' ' && body[k] != '\n') {
				snprintf(why, whylen, "byte %zu not covered",
				    k);
				return 0;
			}
		}
		prev = e;
	}
	for (k = prev; k < len; k++) {
		if (is_nbsp(body, k, len)) {
			k++;
			continue;
		}
		if (body[k] != ' ' && body[k] != '\n') {
			snprintf(why, whylen, "tail byte %zu not covered", k);
			return 0;
		}
	}
	prev = 0;
	for (i = 0; i < r->nquotes; i++) {
		const struct segment_quote *q = &r->quotes[i];

		if (q->span.start >= q->span.end || q->span.end > len ||
		    q->span.start < prev || q->sentence >= r->nsentences ||
		    q->speaker.start > q->speaker.end ||
		    q->speaker.end > len) {
			snprintf(why, whylen, "quote %zu out of bounds", i);
			return 0;
		}
		if (q->span.start < r->sentences[q->sentence].start ||
		    q->span.start >= r->sentences[q->sentence].end) {
			snprintf(why, whylen, "quote %zu not in its sentence",
			    i);
			return 0;
		}
		prev = q->span.end;
	}
	return 1;
}

static void
print_result(const char *body, const struct segment_result *r)
{
	size_t	i;

	for (i = 0; i < r->nsentences; i++)
		fprintf(stderr, "    got [%.*s]\n",
		    (int)(r->sentences[i].end - r->sentences[i].start),
		    body + r->sentences[i].start);
}

static void
test_segment_sentences(void **state)
{
	size_t			i, k, n, failed = 0;
	struct segment_result	r;
	char			why[128];

	(void)state;
	for (i = 0; i < UTIL_NELEM(sent_cases); i++) {
		const struct sent_case *c = &sent_cases[i];
		size_t len = strlen(c->in);
		int ok = 1;

		segment_text(c->in, len, &r);
		for (n = 0; n < MAXSENT && c->want[n] != NULL; n++)
			;
		if (r.nsentences != n)
			ok = 0;
		for (k = 0; ok && k < n; k++) {
			if (!span_is(c->in, r.sentences[k].start,
			    r.sentences[k].end, c->want[k]))
				ok = 0;
		}
		if (!ok) {
			fprintf(stderr, "FAILED sentence case %zu: [%s]\n", i,
			    c->in);
			for (k = 0; k < n; k++)
				fprintf(stderr, "    want [%s]\n", c->want[k]);
			print_result(c->in, &r);
			failed++;
		}
		if (!check_invariants(c->in, len, &r, why, sizeof why)) {
			fprintf(stderr, "FAILED invariant, case %zu: %s\n", i,
			    why);
			failed++;
		}
		segment_result_fini(&r);
	}
	fprintf(stderr, "sentence cases: %zu of %zu right\n",
	    UTIL_NELEM(sent_cases) - failed, UTIL_NELEM(sent_cases));
	assert_int_equal(failed, 0);
}

static void
test_segment_quotes(void **state)
{
	size_t			i, k, failed = 0;
	struct segment_result	r;
	char			why[128];

	(void)state;
	for (i = 0; i < UTIL_NELEM(quote_cases); i++) {
		const struct quote_case *c = &quote_cases[i];
		size_t len = strlen(c->in);
		int ok = 1;

		segment_text(c->in, len, &r);
		if (r.nquotes != c->n)
			ok = 0;
		for (k = 0; ok && k < c->n; k++) {
			const struct segment_quote *q = &r.quotes[k];

			if (!span_is(c->in, q->span.start, q->span.end,
			    c->want[k].text) ||
			    !span_is(c->in, q->speaker.start, q->speaker.end,
			    c->want[k].speaker) ||
			    q->sentence != c->want[k].sentence)
				ok = 0;
		}
		if (!ok) {
			fprintf(stderr, "FAILED quote case %zu: [%s]\n", i,
			    c->in);
			for (k = 0; k < c->n; k++)
				fprintf(stderr,
				    "    want [%s] by [%s] in %zu\n",
				    c->want[k].text, c->want[k].speaker,
				    c->want[k].sentence);
			for (k = 0; k < r.nquotes; k++) {
				const struct segment_quote *q = &r.quotes[k];

				fprintf(stderr,
				    "    got [%.*s] by [%.*s] in %zu\n",
				    (int)(q->span.end - q->span.start),
				    c->in + q->span.start,
				    (int)(q->speaker.end - q->speaker.start),
				    c->in + q->speaker.start, q->sentence);
			}
			failed++;
		}
		if (!check_invariants(c->in, len, &r, why, sizeof why)) {
			fprintf(stderr,
			    "FAILED invariant, quote case %zu: %s\n", i, why);
			failed++;
		}
		segment_result_fini(&r);
	}
	fprintf(stderr, "quote cases: %zu of %zu right\n",
	    UTIL_NELEM(quote_cases) - failed, UTIL_NELEM(quote_cases));
	assert_int_equal(failed, 0);
}

/* A result of an empty body has no arrays to free, and fini is safe. */
static void
test_segment_empty(void **state)
{
	struct segment_result	r;

	(void)state;
	segment_text("", 0, &r);
	assert_int_equal(r.nsentences, 0);
	assert_int_equal(r.nquotes, 0);
	segment_result_fini(&r);
	segment_result_fini(NULL);
}

/* 100,000 attributed quotations in one body: all found, each speaker. */
static void
test_segment_many_quotes(void **state)
{
	struct buf		b;
	struct segment_result	r;
	size_t			i;
	const char		*unit;

	(void)state;
	unit = "\u201cWe will stay,\u201d said Kirby. ";
	buf_init(&b);
	for (i = 0; i < 100000; i++)
		buf_adds(&b, unit);
	segment_text(b.data, b.len, &r);
	assert_int_equal(r.nsentences, 100000);
	assert_int_equal(r.nquotes, 100000);
	assert_int_equal(r.quotes[99999].sentence, 99999);
	assert_true(span_is(b.data, r.quotes[99999].speaker.start,
	    r.quotes[99999].speaker.end, "Kirby"));
	segment_result_fini(&r);
	buf_fini(&b);
}

/*
 * Bodies glued from fragments by a fixed pseudo-random sequence: the
 * invariants hold on every one (this catches spans that run past a
 * paragraph, overlap or leave bytes uncovered).
 */
static void
test_segment_random_invariants(void **state)
{
	static const char *const frags[] = {
		"Mr. ", "U.S. ", "\"", "\u201c", "\u201d", "\u2018", "\u2019",
		"'", "said ", "Kirby ", "he ", "the official ", ", ", ". ",
		"? ", "! ", "...", "\u2026", "\n", "\n\n", " ", "a.m. ",
		"3.5 ", "(", ")", "- ", "1. ", "The ", "word", ":", "\u00e9",
		"according to ", "told reporters ", "J. ", "etc. ", "No. ",
		"\u00a0", "\u00ab", "\u00bb",
	};
	struct buf		b;
	struct segment_result	r;
	unsigned long		x = 12345;
	size_t			i, k, n;
	char			why[128];

	(void)state;
	for (i = 0; i < 3000; i++) {
		buf_init(&b);
		x = x * 6364136223846793005UL + 1442695040888963407UL;
		n = (x >> 33) % 40;
		for (k = 0; k < n; k++) {
			x = x * 6364136223846793005UL + 1442695040888963407UL;
			buf_adds(&b, frags[(x >> 33) % UTIL_NELEM(frags)]);
		}
		segment_text(b.data, b.len, &r);
		if (!check_invariants(b.data, b.len, &r, why, sizeof why))
			fail_msg("body %zu [%s]: %s", i, b.data, why);
		segment_result_fini(&r);
		buf_fini(&b);
	}
}

/* A 2 MB line of one kind of text after another must finish. */
static void
test_segment_long_line(void **state)
{
	static const char *const units[] = {
		"Mr. U.S. x. ", "A\n\" ", "\u201cx\n\n",
	};
	struct buf		b;
	struct segment_result	r;
	size_t			i;
	char			why[128];

	(void)state;
	for (i = 0; i < UTIL_NELEM(units); i++) {
		buf_init(&b);
		while (b.len < 2 * 1024 * 1024)
			buf_adds(&b, units[i]);
		segment_text(b.data, b.len, &r);
		assert_true(check_invariants(b.data, b.len, &r, why,
		    sizeof why));
		segment_result_fini(&r);
		buf_fini(&b);
	}
	buf_init(&b);
	while (b.len < 2 * 1024 * 1024)
		buf_adds(&b, "\u201cWe will stay,\u201d Kirby said, ");
	segment_text(b.data, b.len, &r);
	assert_int_equal(r.nsentences, 1);
	assert_true(r.nquotes > 40000);
	segment_result_fini(&r);
	buf_fini(&b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_segment_sentences),
		cmocka_unit_test(test_segment_quotes),
		cmocka_unit_test(test_segment_empty),
		cmocka_unit_test(test_segment_many_quotes),
		cmocka_unit_test(test_segment_random_invariants),
		cmocka_unit_test(test_segment_long_line),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
