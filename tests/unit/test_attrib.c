/* test_attrib.c — who a figure is attributed to, one construction a test, on sentences written for the
 * purpose: quotations across sentences, common noun phrases as sources, inverted subjects, adverbs,
 * relative clauses, the outermost report verb, a closing "according to", pronouns. */
#include "tally.h"
#include "test.h"
#include <stdlib.h>

static tally_ctx *ctx;
static tally_doc *doc;

static void extract(const char *text)
{
    tally_doc_free(doc);
    doc = NULL;
    tally_article a = {.id = "t", .published = "2031-05-07", .text = text, .text_len = strlen(text)};
    CHECK(tally_doc_extract(ctx, &a, &doc) == TALLY_OK);
}

/* The claim with this measure whose interval holds v, else NULL. */
static const tally_claim *find(const char *what, double v)
{
    for (size_t i = 0; doc && i < tally_doc_nclaims(doc); i++) {
        const tally_claim *c = tally_doc_claim(doc, i);
        bool holds = (isnan(c->low) || c->low <= v) && (isnan(c->high) || c->high >= v);
        if (strcmp(c->what, what) == 0 && holds)
            return c;
    }
    return NULL;
}

/* The claim's source name and the words its source span covers. */
static void check_source(const char *text, const char *what, double v, const char *name, const char *words)
{
    extract(text);
    const tally_claim *c = find(what, v);
    CHECK(c != NULL);
    if (!c)
        return;
    CHECK_STR(c->source, name);
    char span[128] = "";
    if (c->source && c->source_span.end > c->source_span.start && c->source_span.end - c->source_span.start < sizeof span)
        snprintf(span, sizeof span, "%.*s", (int)(c->source_span.end - c->source_span.start), text + c->source_span.start);
    CHECK_STR(span, words);
}

static void quotation_closed_by_a_later_sentence(void)
{
    check_source("Floods in Varn\n\n“The river rose in the night. At least 40 people were killed in the valley.” Mayor Ilse "
                 "Dornat said.\n",
                 "killed", 40, "Ilse Dornat", "Mayor Ilse Dornat");
}

static void quotation_with_its_verb_far_before(void)
{
    check_source("Floods in Varn\n\nGovernor Oda Frell said the toll stood at “more than 300 people killed across "
                 "the province by Sunday night.”\n",
                 "killed", 301, "Oda Frell", "Governor Oda Frell");
}

static void quotation_goes_on_with_the_last_speaker(void)
{
    check_source("Floods in Varn\n\nOda Frell told reporters that rescue teams were still at work. “We have found 12 "
                 "dead in the lower valley so far, and we expect more.”\n",
                 "killed", 12, "Oda Frell", "Oda Frell");
}

static void typewriter_double_quotes(void)
{
    check_source("Floods in Varn\n\n''We counted 25 dead in the square alone this morning,'' said Mr. Tovan Rell.\n",
                 "killed", 25, "Tovan Rell", "Mr. Tovan Rell");
}

static void common_noun_subject(void)
{
    check_source("Fire in Varn\n\nThe hospital said 14 people were injured in the blaze.\n", "wounded", 14, "hospital",
                 "hospital");
    /* a role's word before its title, no name after: "the interior minister", "the fire chief" */
    check_source("Protests in Varn\n\nPolice arrested 1,700 people, the interior minister told parliament.\n", "arrested",
                 1700, "interior minister", "interior minister");
}

/* "the ministry of health in Orlen": a body named by "of" keeps its place, not the place alone, and so does a body
 * in a place before an aside */
static void body_of_a_field_in_a_place(void)
{
    check_source("Toll in Orlen\n\nThe Health Ministry in Orlen, which is run by the rebels, said the strikes killed 38 "
                 "people.\n",
                 "killed", 38, "Health Ministry in Orlen", "Health Ministry in Orlen");
    check_source("Toll in Orlen\n\nThe ministry of health in Orlen said 61 people were killed.\n", "killed", 61,
                 "ministry of health in Orlen", "ministry of health in Orlen");
    check_source("Toll in Orlen\n\nThe Ministry of Health in Orlen said 61 people were killed.\n", "killed", 61,
                 "Ministry of Health in Orlen", "Ministry of Health in Orlen");
}

static void according_to_a_common_noun(void)
{
    check_source("Fire in Varn\n\nAt least 30 people were killed, according to hospital records.\n", "killed", 30,
                 "hospital records", "hospital records");
}

static void inverted_common_noun_after_a_quote(void)
{
    check_source("Fire in Varn\n\n“Nine people were killed in the fire,” said a local fire official.\n", "killed", 9,
                 "local fire official", "local fire official");
}

static void inverted_after_a_comma_ends_the_clause(void)
{
    check_source("Fire in Varn\n\nNine people were killed in the fire, said a spokesman for the brigade.\n", "killed", 9,
                 "spokesman for the brigade", "spokesman for the brigade");
}

static void adverb_between_subject_and_verb(void)
{
    check_source("Fire in Varn\n\nThe Darvel police later said five people were wounded.\n", "wounded", 5,
                 "Darvel police", "Darvel police");
    /* "earlier", "since" are adverbs there; a verb with its object ends the subject before "and said" */
    check_source("Fire in Varn\n\nThe Dorn Doctors Committee, which tracks casualties, had earlier put the death toll at "
                 "97.\n", "killed", 97, "Dorn Doctors Committee", "Dorn Doctors Committee");
    check_source("Fire in Varn\n\nThe army denied the claim and said it had killed 40 fighters.\n", "killed", 40, "army",
                 "army");
    /* a time there too; not a noun in a prepositional phrase before it */
    check_source("Fire in Varn\n\nThe brigade on Monday said five people were wounded.\n", "wounded", 5, "brigade",
                 "brigade");
    check_source("Fire in Varn\n\nAuthorities Saturday said 4 people were injured.\n", "wounded", 4, "Authorities",
                 "Authorities");
    extract("Fire in Varn\n\nThe brothers of a boy who was shot in the head Saturday said 2 men were hurt.\n");
    const tally_claim *c = find("wounded", 2);
    CHECK(c && (!c->source || strcmp(c->source, "head") != 0));
}

static void relative_pronoun_without_a_comma(void)
{
    check_source("Fire in Varn\n\nThe reporters turned to the Varno Health Department which reported 20 deaths in the "
                 "city.\n",
                 "killed", 20, "Varno Health Department", "Varno Health Department which");
}

static void outermost_report_verb(void)
{
    check_source("Fire in Varn\n\nThe magazine said the agency had estimated that 70 people died.\n", "killed", 70,
                 "magazine", "magazine");
}

static void closing_according_to_covers_the_sentence(void)
{
    check_source("Fire in Varn\n\nPolice have said they will not name the 3 people killed, according to lawyers for the "
                 "families.\n",
                 "killed", 3, "lawyers for the families", "lawyers for the families");
}

static void pronoun_takes_the_person_named_last(void)
{
    check_source("Fire in Varn\n\nDara Molk runs the shelter on the hill.\n\n“Six people were killed in one night,” she said.\n",
                 "killed", 6, "Dara Molk", "she");
}

static void family_is_no_adverb(void)
{
    check_source("Fire in Varn\n\nThe family said 4 people were injured.\n", "wounded", 4, "family", "family");
}

static void called_for_and_spoke_about(void)
{
    check_source("Fire in Varn\n\nSmall groups of neighbours continued to call for an inquiry into the deaths of 5 "
                 "people.\n",
                 "killed", 5, "neighbours", "neighbours");
    check_source("Fire in Varn\n\nGovernor Oda Frell spoke on Tuesday about the deaths of 5 people in the fire.\n",
                 "killed", 5, "Oda Frell", "Governor Oda Frell");
}

static void records_show(void)
{
    check_source("Fire in Varn\n\nHospital records show 8 people were injured.\n", "wounded", 8, "Hospital records",
                 "Hospital records");
}

static void appositive_chain(void)
{
    check_source("Fire in Varn\n\nMarley Tovan, 21, a student from Dunmoor, said 3 people were injured.\n", "wounded", 3,
                 "Marley Tovan", "Marley Tovan");
}

static void coordinated_verb_takes_the_clause_subject(void)
{
    check_source("Fire in Varn\n\nIn a statement, Governor Oda Frell blasted the council and said 7 people were killed.\n",
                 "killed", 7, "Oda Frell", "Governor Oda Frell");
}

static void transcript_labels(void)
{
    check_source("Interview\n\nORLAND: How bad was the night?\n\nVESK: We saw 11 people killed on the bridge alone.\n",
                 "killed", 11, "VESK", "VESK");
    extract("Fire in Varn\n\nUPDATE: 11 people were killed on the bridge.\n");
    const tally_claim *c = find("killed", 11);
    CHECK(c && !c->source); /* page furniture, not a speaker */
}

static void closing_report_covers_the_sentence(void)
{
    check_source("Fire in Varn\n\nAround 30 people would show up at each vigil, he said in an interview with Dorn Radio.\n"
                 "Five people were killed in the fire, the mayor said.\n",
                 "killed", 5, "mayor", "mayor");
    check_source("Fire in Varn\n\nVideo shows the crowd before 2 people were shot, but Dorn said the guards fired "
                 "first.\n",
                 "shot", 2, "Video", "Video");
}

static void participle_takes_the_clause_subject(void)
{
    check_source("Fire in Varn\n\nThe council met late, but the mayor spoke first, saying 4 people were killed.\n",
                 "killed", 4, "mayor", "mayor");
}

static void cue_word_inside_a_name(void)
{
    check_source("Fire in Varn\n\nVelmora, along with the United States and Dornia, has accused Karsh of sending over "
                 "10,000 troops.\n",
                 "deployed", 10001, "Velmora, the United States and Dornia", "Velmora, along with the United States and Dornia");
}

static void aside_between_dashes(void)
{
    check_source("Fire in Varn\n\nDana Orr — after a long pause — told reporters that 8 people were killed.\n", "killed",
                 8, "Dana Orr", "Dana Orr");
}

static void beliefs_and_stances_attribute(void)
{
    check_source("Flood debate\n\nThe senators saw the deaths of 12 rescuers in the valley as a failure of planning.\n",
                 "killed", 12, "senators", "senators");
    check_source("Flood debate\n\nCritics charged that the inquiry ignored a flood that killed 9 people.\n", "killed", 9,
                 "Critics", "Critics");
    check_source("Flood debate\n\nMayor Dana Orr blamed the council for the flood that killed 6 people in Varn.\n", "killed",
                 6, "Dana Orr", "Mayor Dana Orr");
    check_source("Flood debate\n\nThe poll's voters held the council responsible for a flood that killed 5 people.\n",
                 "killed", 5, "poll's voters", "poll's voters");
    check_source("Flood debate\n\nThe marchers paid tribute to the 14 people killed in the flood.\n", "killed", 14, "marchers",
                 "marchers");
    check_source("Flood debate\n\nIn his speech, Dana Orr called the flood that killed 8 people “a disgrace.”\n", "killed", 8,
                 "Dana Orr", "Dana Orr");
    check_source("Flood debate\n\nThe mayor failed to mention the flood that killed 4 people.\n", "killed", 4, "mayor", "mayor");
    check_source("Flood debate\n\nDid the inquiry find that 3 people were killed by the flood?\n", "killed", 3, "inquiry",
                 "inquiry");
}

static void beliefs_hold_only_their_sentence(void)
{
    extract("Flood debate\n\nThe night was calm. The mayor hoped to reopen the bridge.\n\nFour people were killed.\n");
    const tally_claim *c = find("killed", 4);
    CHECK(c && !c->source); /* a hope is not carried on as the article's source */
    /* passives name no holder: "is thought to have", "what was called “…”" */
    extract("Flood debate\n\nThe driver is thought to have killed 3 people.\n");
    c = find("killed", 3);
    CHECK(c && !c->source);
    /* a report before a belief holds the figure */
    check_source("Flood debate\n\nThe inquiry found that Pat Orr took the boat, which he thought was safe, and 2 people "
                 "were killed.\n",
                 "killed", 2, "inquiry", "inquiry");
}

static void cue_words_that_only_report_in_context(void)
{
    extract("Flood report\n\nThe storm saw 20 people killed in the valley.\n");
    const tally_claim *c = find("killed", 20);
    CHECK(c && !c->source); /* "saw" reports only in "saw X as Y" */
    extract("Flood report\n\nPolice searched the river to find the 7 people killed in the flood.\n");
    c = find("killed", 7);
    CHECK(c && !c->source);
    extract("Flood report\n\nThe man was charged with killing 2 people.\n");
    c = find("killed", 2);
    CHECK(c && !c->source);
    extract("Flood report\n\nThe 6 people killed in what was called “a freak flood” were buried on Monday.\n");
    c = find("killed", 6);
    CHECK(c && !c->source);
}

static void speech_continued_after_a_quote(void)
{
    check_source("Flood report\n\n“The water came fast,” she said.\n\n“We ran,” Ilse Marquand continued. “I think 30 people "
                 "were killed on our street.”\n",
                 "killed", 30, "Ilse Marquand", "Ilse Marquand");
    check_source("Flood report\n\nOn the radio, Dana Orr said, “The night was long,” adding, “I think 17 people were "
                 "killed.”\n",
                 "killed", 17, "Dana Orr", "Dana Orr");
}

static void quotation_carried_over_paragraphs(void)
{
    check_source("Flood report\n\nThe Varn Courier reported on Monday night:\n\n“The river rose in the night and the "
                 "levee broke.\n\n“Rescuers later found 15 people dead in the lower town.\n",
                 "killed", 15, "Varn Courier", "Varn Courier");
}

static void name_brackets_and_by_telephone(void)
{
    check_source("Flood report\n\nWhile touring the valley where 6 people were killed, Senator Dana Orr (D-Vt.) said the "
                 "levee failed.\n",
                 "killed", 6, "Dana Orr", "Senator Dana Orr");
    check_source("Flood report\n\n“Terrible,” Mr. Pat Orr said by telephone. “At least 9 people were killed.”\n", "killed", 9,
                 "Pat Orr", "Mr. Pat Orr");
    check_source("Flood report\n\nEssentially, the mayor's engineers looked at the levee and found that 5 people had "
                 "been killed.\n",
                 "killed", 5, "mayor's engineers", "mayor's engineers");
    check_source("Flood report\n\nRoughly 400 troops were deployed to the valley, according to the United States Army "
                 "Corps of Engineers.\n",
                 "deployed", 400, "United States Army Corps of Engineers", "United States Army Corps of Engineers");
}

static void vague_sources_yield_to_a_named_holder(void)
{
    extract("Flood report\n\nAccording to sources in the Dornish newspaper The Varn Courier, Karsh has sent 3 000 troops "
            "to the border. The troops are being trained in river crossings, Dornish officials say.\n");
    const tally_claim *c = find("deployed", 3000);
    CHECK(c != NULL);
    if (!c)
        return;
    CHECK_STR(c->source, "Dornish officials");
    CHECK(c->nvia == 1 && strcmp(c->via[0], "Varn Courier") == 0);
}

/* "police in Varn said": the place qualifies the source noun before it, it is not the source */
static void source_noun_with_its_place(void)
{
    check_source("Police in Varn said 12 people were wounded at the fair.\n", "wounded", 12, "Police in Varn",
                 "Police in Varn");
    check_source("Officials at the Varn clinic said 5 people were hurt.\n", "wounded", 5, "Officials at the Varn clinic",
                 "Officials at the Varn clinic");
}

/* A body named in full, then "the ministry": the short form takes the full name. */
static void short_form_of_an_organisation(void)
{
    check_source("The Ministry of Coastal Defence put the toll at 52 dead. The ministry said 19 people were still "
                 "missing.\n",
                 "missing", 19, "Ministry of Coastal Defence", "ministry");
}

/* A person named in full, then by one word: the first or last word of a full name met before takes it
 * (hyphens apart: "Lee" of "Lee Seong-kweun"; of two, the one met last before it), a word that only begins one
 * does not. */
static void short_form_of_a_person(void)
{
    check_source("Dara Molk said the road was closed. Later Molk said 7 soldiers were killed.\n", "killed", 7,
                 "Dara Molk", "Molk");
    check_source("Dara Molk said the road was closed. Later Dara said 7 soldiers were killed.\n", "killed", 7,
                 "Dara Molk", "Dara");
    check_source("Lee Seong-kweun said the road was closed. Later Lee said 7 soldiers were killed.\n", "killed", 7,
                 "Lee Seong-kweun", "Lee");
    check_source("Dara Molk said the road was closed. Later Mol said 7 soldiers were killed.\n", "killed", 7, "Mol",
                 "Mol");
    /* two people share the word: the one named last before the short form, not one named after it */
    check_source("Lee Jae-myung said the road was closed. MP Lee Seong-kweun told reporters the road was open. Lee "
                 "said 7 soldiers were killed. Lee Dong-won said nothing.\n",
                 "killed", 7, "Lee Seong-kweun", "Lee");
}

/* A report closing the sentence after another relays it: source the inner, via the outer. */
static void report_relayed_by_a_closing_report(void)
{
    check_source("The death toll has risen to 88, the Harbour Authority said on Friday, Tern News Agency reported.\n",
                 "killed", 88, "Harbour Authority", "Harbour Authority");
    const tally_claim *c = find("killed", 88);
    CHECK(c && c->nvia == 1);
    CHECK_STR(c && c->nvia ? c->via[0] : NULL, "Tern News Agency");
}

/* A report inside a relative clause is the relative's antecedent's, and no outer report of the main clause. */
static void reports_in_a_relative_clause(void)
{
    check_source("Mayor Ilse Dornat, who earlier this week said the toll was approaching 300, told reporters on "
                 "Thursday that the city had recorded 341 deaths.\n",
                 "killed", 341, "Ilse Dornat", "Mayor Ilse Dornat");
    check_source("Mayor Ilse Dornat, who earlier this week said 300 people had been killed, told reporters on "
                 "Thursday that she expected more.\n",
                 "killed", 300, "Ilse Dornat", "Mayor Ilse Dornat");
}

/* "X said …, and on Wednesday put the figure at N": the coordinated verb's subject. */
static void coordinated_report_after_a_time(void)
{
    check_source("The relief group said on Monday that 4,000 people had lost their homes, and on Wednesday put the "
                 "figure at 4,600.\n",
                 "displaced", 4600, "relief group", "relief group");
}

/* A body changing its figure reports it ("raised the death toll to"); "raised" otherwise does not; a cue word
 * after a possessive is a noun ("the mayor's estimate"), not a report. */
static void figures_raised_and_estimates_as_nouns(void)
{
    check_source("The Harbour Authority raised the death toll to 61 on Friday.\n", "killed", 61, "Harbour Authority",
                 "Harbour Authority");
    check_source("Though their hands were raised in surrender, two men were shot dead, police said.\n", "killed", 2,
                 "police", "police");
    check_source("The mayor's estimate of the dead is higher than that of Varn, where officials said on Monday at "
                 "least 90 people had been killed.\n",
                 "killed", 90, "officials", "officials");
}

/* "a harbour spokeswoman, Nela Prask, said": the person named between the commas speaks, before the content
 * or after it; a place between the commas ("officials in the capital, Varn,") names no speaker. */
static void role_then_name_between_commas(void)
{
    check_source("A harbour spokeswoman, Nela Prask, said six people were killed in the blast.\n", "killed", 6,
                 "Nela Prask", "Nela Prask");
    check_source("Six people were killed in the blast, a harbour spokeswoman, Nela Prask, said.\n", "killed", 6,
                 "Nela Prask", "Nela Prask");
    check_source("Nela Prask, a harbour spokeswoman, said six people were killed in the blast.\n", "killed", 6,
                 "Nela Prask", "Nela Prask");
}

/* "according to an estimate by X", "figures released by X": the author of the document holds the figure. */
static void according_to_a_document_by_its_author(void)
{
    check_source("Nine people were killed, according to an estimate by the river authority.\n", "killed", 9,
                 "river authority", "river authority");
    check_source("Nine people were killed, according to figures released by the Kessen Red Cross.\n", "killed", 9,
                 "Kessen Red Cross", "Kessen Red Cross");
    check_source("Nine people were killed, according to the report.\n", "killed", 9, "report", "report");
}

/* "according to the coroner's office" names the office, not the possessor; a title word ending the sentence
 * leaves its period out ("…, said a harbour spokesman."); "citing witnesses": a common noun holds it too. */
static void possessive_office_and_a_closing_title(void)
{
    check_source("Nine people were killed, according to the Kessen County coroner's office.\n", "killed", 9,
                 "Kessen County coroner's office", "Kessen County coroner's office");
    check_source("Nine people were killed, said a harbour spokesman.\n", "killed", 9, "harbour spokesman",
                 "harbour spokesman");
    check_source("Police said, citing witnesses, that nine people were killed.\n", "killed", 9, "witnesses",
                 "witnesses");
}

/* Two plain adjectives before a source noun stay in its name. */
static void adjectives_before_a_source_noun(void)
{
    check_source("Nine people were killed, the civil protection agency said.\n", "killed", 9,
                 "civil protection agency", "civil protection agency");
    check_source("The national disaster agency said nine people were killed.\n", "killed", 9,
                 "national disaster agency", "national disaster agency");
}

/* A description before a name names the name; "for" joins capitalised words of one name. */
static void names_after_their_description(void)
{
    check_source("Velmora's disaster management agency VEMA said nine people were killed.\n", "killed", 9, "VEMA",
                 "management agency VEMA");
    check_source("Nine people were killed, the state news agency Tarpress reported.\n", "killed", 9, "Tarpress",
                 "news agency Tarpress");
    check_source("Nine people were killed, the monitoring group Kessen Observatory for Human Rights said.\n", "killed",
                 9, "Kessen Observatory for Human Rights", "Kessen Observatory for Human Rights");
    check_source("According to the Institute for the Study of Harbours, nine people were killed.\n", "killed", 9,
                 "Institute for the Study of Harbours", "Institute for the Study of Harbours");
}

static void a_title_names_the_person_with_it(void)
{
    /* "the minister" is the minister named before; with a nationality, the one of that nationality */
    check_source("Health Minister Ama Yusa visited the camp. At least 40 people have died there, the minister said.\n",
                 "killed", 40, "Ama Yusa", "minister");
    check_source("Ukrainian President Tor Dask met Polish President Ena Lis. Some 300 soldiers were killed, the "
                 "Ukrainian president said.\n",
                 "killed", 300, "Tor Dask", "Ukrainian president");
    /* no such title named before: the words stay the source */
    check_source("Nine people were killed, the governor said.\n", "killed", 9, "governor", "governor");
}

static void the_person_after_a_role_or_a_document(void)
{
    /* a title before an organisation's word names no person */
    check_source("Nine people were killed, according to the Dorn County Sheriff Department.\n", "killed", 9,
                 "Dorn County Sheriff Department", "Dorn County Sheriff Department");
    check_source("The General Staff said 40 soldiers were killed.\n", "killed", 40, "General Staff", "General Staff");
    check_source("A spokeswoman for Dunmoor General Hospital said 19 people had died.\n", "killed", 19,
                 "Dunmoor General Hospital", "Dunmoor General Hospital");
    check_source("The Velmora General Assembly said 19 people had died.\n", "killed", 19, "Velmora General Assembly",
                 "Velmora General Assembly");
    /* doctors, witnesses, residents, rescuers, medics and activists head a source phrase as officials do */
    check_source("Blast in Varn\n\nA doctor, who asked not to be named, said 19 people had died.\n", "killed", 19, "doctor",
                 "doctor");
    /* a body's document names the body */
    check_source("War in Varn\n\nThe ministry's statement said 14 soldiers had been killed.\n", "killed", 14, "ministry",
                 "ministry");
    /* a place before the comma is no list of nationalities with the source's */
    check_source("War in Varn\n\nTwo soldiers were killed in Kursk, Dornish officials said.\n", "killed", 2,
                 "Dornish officials", "Dornish officials");
    /* a plain role before the name between commas: the person */
    check_source("Fire in Varn\n\nThe victim's mother, Tamar Dask, said 3 people were hurt.\n", "wounded", 3, "Tamar Dask",
                 "Tamar Dask");
    extract("Fire in Varn\n\nThe bodies of four people, including two children, were found.\n");
    const tally_claim *bodies = find("killed", 4);
    CHECK(bodies && (!bodies->source || strcmp(bodies->source, "four people") != 0)); /* no person: no source */
    /* an acronym spelt as a function word ("WHO") amid lower-case words is a name */
    check_source("The virus has killed 3,400 people, the WHO said on Tuesday.\n", "killed", 3400, "WHO", "WHO");
    check_source("Estimates from the General Staff put the losses at 900 soldiers.\n", "casualties", 900, "General Staff",
                 "General Staff");
    check_source("Three people are missing, according to the county sheriff, Tom Rees.\n", "missing", 3, "Tom Rees",
                 "Tom Rees");
    check_source("More than 2,000 people died this year, according to the ministry's figures.\n", "killed", 2001,
                 "ministry", "ministry");
}

/* A passive cue ("were confirmed dead", "was reported shot") tells of its subject: the subject holds no figure,
 * and "it" later goes back to the last real source. */
static void passive_cue_names_no_holder(void)
{
    extract("Toll in Varn\n\nPolice said 3 people were shot. Two others were confirmed dead. At least 40 were "
            "wounded, it said.\n");
    const tally_claim *dead = find("killed", 2), *hurt = find("wounded", 40);
    CHECK(dead && dead->source && strcmp(dead->source, "Police") == 0);
    CHECK(hurt && hurt->source && strcmp(hurt->source, "Police") == 0);
    extract("Fire in Varn\n\nFive people were reported killed in the blast.\n");
    const tally_claim *five = find("killed", 5);
    CHECK(five && !five->source);
    /* the holder named after "by" */
    check_source("Five more deaths were confirmed by the hospital on Tuesday.\n", "killed", 5, "hospital", "hospital");
}

/* Words that look like cues but are not: a toll "claimed" lives, a deed "claimed" as one's own, "states" after a
 * count. */
static void cue_look_alikes(void)
{
    extract("Fire in Varn\n\nThe virus has claimed 1,234 lives in the region.\n");
    const tally_claim *c = find("killed", 1234);
    CHECK(c && !c->source);
    extract("Fire in Varn\n\nThe group claimed responsibility for the attack, which killed 12 people.\n");
    c = find("killed", 12);
    CHECK(c && !c->source);
    check_source("The storm killed at least 37 people in three states, officials said.\n", "killed", 37, "officials",
                 "officials");
    check_source("The report states 40 people died.\n", "killed", 40, "report", "report");
}

/* An aside opening the sentence: "Citing X, Y reported" (X's, via Y); "In an interview with Y, X said" (via Y). */
static void opening_citing_or_interview(void)
{
    check_source("Citing hospital officials, state television reported 19 dead.\n", "killed", 19, "hospital officials",
                 "hospital officials");
    CHECK_STR(find("killed", 19) && find("killed", 19)->nvia ? find("killed", 19)->via[0] : NULL, "state television");
    check_source("In an interview with the Varn Courier, General Ivan Dask said 2,000 soldiers had been killed.\n",
                 "killed", 2000, "Ivan Dask", "General Ivan Dask");
    CHECK_STR(find("killed", 2000) && find("killed", 2000)->nvia ? find("killed", 2000)->via[0] : NULL,
              "Varn Courier");
}

/* "quoted by", "cited by/in" and "reported by" after a source (or its estimates) name its relay, in an opening or closing "according to", an aside
 * between commas, or a subject; an inverted "said" before a clause is no inverted subject. */
static void relays_quoted_or_cited(void)
{
    static const char *const texts[] = {
        "According to Western officials cited by the Varn Courier, the army has lost up to 2,000 soldiers.\n",
        "The army has lost up to 2,000 soldiers, according to a Western official quoted by the Varn Courier.\n",
        "A senior Western official, quoted by the Varn Courier, said the army has lost up to 2,000 soldiers.\n",
        "Western officials cited in the Varn Courier estimate that the army has lost up to 2,000 soldiers.\n",
        "The army has lost up to 2,000 soldiers, according to Western officials reported by the Varn Courier.\n",
        "The army has lost up to 2,000 soldiers, according to Western official estimates cited by the Varn Courier.\n"};
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        extract(texts[i]);
        const tally_claim *c = find("casualties", 2000);
        CHECK(c && c->source && strstr(c->source, "Western official") != NULL);
        CHECK_STR(c && c->nvia ? c->via[0] : NULL, "Varn Courier");
    }
    /* "said" then a clause: the subject stands before, whatever the aside */
    check_source("A senior Western official, speaking to reporters, said the army has lost up to 2,000 soldiers.\n",
                 "casualties", 2000, "senior Western official", "senior Western official");
    check_source("“We received around 50 people with injuries,” added the doctor.\n", "wounded", 50, "doctor", "the doctor");
}

/* What a speaker "added" was said when she spoke before, unless its own sentence dates it; another speaker adding
 * has no date from her. */
static void added_keeps_the_day(void)
{
    extract("Fire in Varn\n\nGovernor Ana Ruiz said on Monday that 14 people had died. She added that 30 more were "
            "missing. On Tuesday she added that 12 were hurt. Police added that 5 were arrested.\n");
    const tally_claim *m = find("missing", 30), *w = find("wounded", 12), *a = find("arrested", 5);
    CHECK_STR(m ? m->said : NULL, "2031-05-05");
    CHECK_STR(w ? w->said : NULL, "2031-05-06");
    CHECK_STR(a ? a->said : NULL, "2031-05-07");
}

/* A headline's label before its count names the source ("Tarn: 3,000 soldiers killed"); a page's section word
 * ("Watch:") or a phrase ("Bloody Fourth of July:") does not; "…, says Seoul" is a country speaking. */
static void headline_labels(void)
{
    check_source("Tarn: 3,000 soldiers killed or wounded", "casualties", 3000, "Tarn", "Tarn");
    check_source("Velmora Police: 3 hurt", "wounded", 3, "Velmora Police", "Velmora Police");
    extract("Watch: 3 killed in crash");
    const tally_claim *c = find("killed", 3);
    CHECK(c && !c->source);
    extract("Bloody Fourth of July: 20 shot");
    c = find("shot", 20);
    CHECK(c && !c->source);
    check_source("There have been 4,000 casualties, says Seoul.\n", "casualties", 4000, "South Korean authorities",
                 "Seoul");
}

/* A personal name keeps its lower-case particles ("da", "von der", "al-"); a hyphened prefix stays with its
 * word ("pro-Kremlin"); a hyphened surname alone later is the full name met before. */
static void name_particles(void)
{
    check_source("Spokesman Yusuf al-Marzan said 40 people were killed.\n", "killed", 40, "Yusuf al-Marzan",
                 "Spokesman Yusuf al-Marzan");
    check_source("Mayor Ana da Costa said 12 people were killed.\n", "killed", 12, "Ana da Costa", "Mayor Ana da Costa");
    check_source("Ilse von der Brink said 7 soldiers were killed.\n", "killed", 7, "Ilse von der Brink",
                 "Ilse von der Brink");
    check_source("The pro-Kremlin separatists said 5 soldiers were killed.\n", "killed", 5, "pro-Kremlin separatists",
                 "pro-Kremlin separatists");
    check_source("The agency's spokesman, Omar el-Tawil, said 9 people were killed. El-Tawil said 3 children were "
                 "wounded.\n",
                 "killed", 9, "Omar el-Tawil", "Omar el-Tawil");
    const tally_claim *c = find("wounded", 3);
    CHECK(c && c->source && strcmp(c->source, "Omar el-Tawil") == 0);
    check_source("The mayor of the city, Rui de Souza, said 6 people were hurt.\n", "wounded", 6, "Rui de Souza",
                 "Rui de Souza");
}

/* "X said that according to Y, N": Y holds the figure, X relays it (as with "citing"); not a document or a
 * pronoun ("according to the transcript", "according to him"). */
static void according_to_inside_a_report(void)
{
    check_source("Mr. Dask said that according to the intelligence agency, 100 soldiers were killed.\n", "killed",
                 100, "intelligence agency", "intelligence agency");
    const tally_claim *c = find("killed", 100);
    CHECK(c && c->nvia == 1 && strcmp(c->via[0], "Dask") == 0);
    check_source("Mr. Dask said that according to the transcript, 100 soldiers were killed.\n", "killed", 100,
                 "Dask", "Mr. Dask");
    check_source("Mr. Dask said that according to him, 100 soldiers were killed.\n", "killed", 100, "Dask",
                 "Mr. Dask");
}

/* A participle placing the subject ("based in", "operating in the rebel-held north", "working at") leaves the
 * subject as the source, not the place after it. */
static void subject_placed_by_a_participle(void)
{
    check_source("A monitoring group based in Varnholm said 40 people were killed.\n", "killed", 40,
                 "monitoring group", "monitoring group");
    check_source("A rescue group operating in the rebel-held north said 300 people died.\n", "killed", 300,
                 "rescue group", "rescue group");
    check_source("Doctors working at the hospital said 12 people died.\n", "killed", 12, "Doctors", "Doctors");
}

/* A body named in capitals before "in" a place is the source, not its seat, when no source noun heads it ("the
 * Red Cross in Varnholm"; "the Health Ministry in Orlen" keeps its place: body_of_a_field_in_a_place). */
static void named_body_in_a_place(void)
{
    check_source("The Red Cross in Varnholm said 40 people were killed.\n", "killed", 40, "Red Cross", "Red Cross");
    check_source("A spokesman for the Oruvian Embassy in Dunmoor said 2 citizens were wounded.\n", "wounded", 2,
                 "Oruvian Embassy", "Oruvian Embassy");
}

/* A plural's possessive inside a source phrase stays in it ("the Varn Doctors' Syndicate", "the farmers' union");
 * an acronym's is an outlet's before its reporter. */
static void plural_possessives_in_names(void)
{
    check_source("The Varn Doctors' Syndicate said 264 civilians had been killed.\n", "killed", 264,
                 "Varn Doctors' Syndicate", "Varn Doctors' Syndicate");
    check_source("The farmers\xe2\x80\x99 union said 12 people were killed.\n", "killed", 12,
                 "farmers\xe2\x80\x99 union", "farmers\xe2\x80\x99 union");
    check_source("KVRN\xe2\x80\x99 Ada Moss reports that 3 people were shot.\n", "shot", 3, "Ada Moss", "Ada Moss");
}

/* A document's holder speaks through it ("Varn's estimate put …", "the ministry's Sunday statement said"), a
 * relative clause after a plain subject leaves the subject speaking, and "the group" takes the body quoted last. */
static void holders_of_documents_and_bodies(void)
{
    check_source("War in Varn\n\nThe ministry's Sunday statement said 14 soldiers had been killed.\n", "killed", 14,
                 "ministry", "ministry");
    check_source("War in Varn\n\nThe council's new estimate put the toll at 140.\n", "killed", 140, "council", "council");
    check_source("War in Varn\n\nMarta Ilvi's estimate put the death toll at 300.\n", "killed", 300, "Marta Ilvi",
                 "Marta Ilvi");
    check_source("War in Varn\n\nThe rebels' statement said 14 soldiers had been killed.\n", "killed", 14, "rebels",
                 "rebels");
    check_source("Blast in Varn\n\nA nurse at the clinic, who asked not to be named, said 19 people had died.\n", "killed",
                 19, "nurse at the clinic", "nurse at the clinic");
    check_source("Blast in Varn\n\nThe Varn Relief Society said the road was shut. The group said 19 people had died.\n",
                 "killed", 19, "Varn Relief Society", "The group");
    check_source("War in Varn\n\nThe two sides swapped 230 prisoners of war, officials on both sides said.\n", "captured",
                 230, "officials", "officials");
    /* the verb is still read as one: officials estimate */
    check_source("War in Varn\n\nDornish officials estimate 40 soldiers were killed.\n", "killed", 40,
                 "Dornish officials", "Dornish officials");
    /* an update, a bulletin; "according to X's latest figures (morning update)": X holds them; a staff is a body */
    check_source("War in Varn\n\nThe general staff's Sunday update said 1,340 soldiers had been killed.\n", "killed", 1340,
                 "general staff", "general staff");
    check_source("War in Varn\n\nAccording to the ministry's latest figures, 80 people died.\n", "killed", 80, "ministry",
                 "ministry");
    check_source("War in Varn\n\nAccording to the general staff's morning update, 80 soldiers died.\n", "killed", 80,
                 "general staff", "general staff");
    check_source("War in Varn\n\nAccording to the governor's press office, 80 people died.\n", "killed", 80,
                 "governor's press office", "governor's press office");
    /* an aside of saying with an appositive inside; its place is where she spoke, not the count's */
    check_source("War in Varn\n\nIlse Moran, speaking in the capital, Orvada, said 3,000 troops were deployed.\n",
                 "deployed", 3000, "Ilse Moran", "Ilse Moran");
    const tally_claim *c = find("deployed", 3000);
    CHECK(c && c->where == NULL);
    /* ", citing Y" ending the sentence after a "that" clause: Y holds the figure, the teller relays it */
    check_source("War in Varn\n\nThe Herald reported that 1,000 soldiers died, citing Western officials.\n", "killed",
                 1000, "Western officials", "Western officials");
    const tally_claim *cited = find("killed", 1000);
    CHECK(cited && cited->nvia == 1 && strcmp(cited->via[0], "Herald") == 0);
    /* a country speaking is its authorities, any country with a demonym; not a name as often a person's */
    check_source("War in Varn\n\nBolivia said 150 soldiers had been taken prisoner.\n", "captured", 150,
                 "Bolivian authorities", "Bolivia");
    check_source("Shooting\n\nChad said 3 people were hurt.\n", "wounded", 3, "Chad", "Chad");
    /* a role of a body before a person's name between commas: the person */
    check_source("War in Varn\n\nA spokesman for the Dornish army, Col. Mirek Tal, said 500 troops had died.\n", "killed",
                 500, "Mirek Tal", "Col. Mirek Tal");
    /* "the monitor" after a name that ends in "Monitor", though another body was cited since */
    check_source("War in Varn\n\nAnalysts at the Varn Conflict Monitor put the toll at 900, citing satellite imagery. "
                 "The monitor said 40 civilians had also been killed.\n",
                 "killed", 40, "Varn Conflict Monitor", "The monitor");
}

/* Documents with no holder, relays inside "according to", a role's name between commas as an antecedent, and a
 * page's "Posted:" label. */
static void documents_relays_and_labels(void)
{
    check_source("War in Varn\n\nAccording to field reports, 640 soldiers had died.\n", "killed", 640, "field reports",
                 "field reports");
    check_source("War in Varn\n\nGen. Arvid Holm said that according to field reports, 640 soldiers had died.\n", "killed",
                 640, "Arvid Holm", "Gen. Arvid Holm");
    check_source("War in Varn\n\nAccording to Western intelligence estimates cited by The Times, 640 soldiers died.\n",
                 "killed", 640, "Western intelligence", "Western intelligence");
    const tally_claim *c = find("killed", 640);
    CHECK(c && c->nvia == 1 && strcmp(c->via[0], "Times") == 0);
    check_source("War in Varn\n\nAccording to previous Herald reports, 40 soldiers died in Varn.\n", "killed", 40, "Herald",
                 "Herald");
    check_source("War in Varn\n\nGen. Arvid Holm said 640 soldiers had died. Kessaria's defence minister, Lidia Oranth, "
                 "dismissed the reports on Friday. She said fewer than 100 soldiers had died.\n",
                 "killed", 99, "Lidia Oranth", "She");
    extract("Boy, 3, shoots himself in the leg\n\nBoy, 3, shoots himself in the leg Posted: Monday, January 26, 2031\n\n"
            "A 3-year-old boy shot himself in the leg on Sunday night.\n");
    c = find("shot", 1);
    CHECK(c && (!c->source || strcmp(c->source, "leg") != 0));
}

int main(void)
{
    ctx = tally_ctx_new();
    if (!ctx)
        return 1;
    RUN(quotation_closed_by_a_later_sentence);
    RUN(quotation_with_its_verb_far_before);
    RUN(quotation_goes_on_with_the_last_speaker);
    RUN(typewriter_double_quotes);
    RUN(common_noun_subject);
    RUN(body_of_a_field_in_a_place);
    RUN(opening_citing_or_interview);
    RUN(according_to_a_common_noun);
    RUN(inverted_common_noun_after_a_quote);
    RUN(inverted_after_a_comma_ends_the_clause);
    RUN(adverb_between_subject_and_verb);
    RUN(relative_pronoun_without_a_comma);
    RUN(outermost_report_verb);
    RUN(closing_according_to_covers_the_sentence);
    RUN(pronoun_takes_the_person_named_last);
    RUN(family_is_no_adverb);
    RUN(called_for_and_spoke_about);
    RUN(records_show);
    RUN(appositive_chain);
    RUN(coordinated_verb_takes_the_clause_subject);
    RUN(transcript_labels);
    RUN(closing_report_covers_the_sentence);
    RUN(participle_takes_the_clause_subject);
    RUN(cue_word_inside_a_name);
    RUN(aside_between_dashes);
    RUN(beliefs_and_stances_attribute);
    RUN(beliefs_hold_only_their_sentence);
    RUN(cue_words_that_only_report_in_context);
    RUN(speech_continued_after_a_quote);
    RUN(quotation_carried_over_paragraphs);
    RUN(name_brackets_and_by_telephone);
    RUN(vague_sources_yield_to_a_named_holder);
    RUN(source_noun_with_its_place);
    RUN(short_form_of_an_organisation);
    RUN(short_form_of_a_person);
    RUN(report_relayed_by_a_closing_report);
    RUN(reports_in_a_relative_clause);
    RUN(coordinated_report_after_a_time);
    RUN(figures_raised_and_estimates_as_nouns);
    RUN(role_then_name_between_commas);
    RUN(according_to_a_document_by_its_author);
    RUN(possessive_office_and_a_closing_title);
    RUN(adjectives_before_a_source_noun);
    RUN(names_after_their_description);
    RUN(a_title_names_the_person_with_it);
    RUN(the_person_after_a_role_or_a_document);
    RUN(passive_cue_names_no_holder);
    RUN(cue_look_alikes);
    RUN(relays_quoted_or_cited);
    RUN(added_keeps_the_day);
    RUN(headline_labels);
    RUN(name_particles);
    RUN(plural_possessives_in_names);
    RUN(according_to_inside_a_report);
    RUN(subject_placed_by_a_participle);
    RUN(named_body_in_a_place);
    RUN(holders_of_documents_and_bodies);
    RUN(documents_relays_and_labels);
    tally_doc_free(doc);
    tally_ctx_free(ctx);
    TEST_END();
}
