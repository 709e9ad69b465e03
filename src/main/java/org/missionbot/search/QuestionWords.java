package org.missionbot.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The question words of a question, read for which of them ask: not one inside a clause another
 * opened, nor the "when" of a scene set before the question, nor one in a question that asks whether;
 * a question with none is a search typed as keywords.
 */
public final class QuestionWords {

  /** The helpers of a verb that ask whether something was done ("did Canada cut its funding?"). */
  private static final String DEED_HELPERS = "did|does|do|has|have|had|will|would|can|could|should|shall";
  /** A verb that opens a yes/no question: "did Trump freeze US funding?" asks whether, not how much. */
  private static final Pattern YES_NO = Pattern.compile("\\W*(?:is|are|was|were|" + DEED_HELPERS + ")\\b");
  /** Those that ask whether something was done, not how a thing is ("is the budget enough?"). */
  private static final Pattern DEED_HELPER = Pattern.compile("\\W*(?:" + DEED_HELPERS + ")\\b");
  /** A question word; one after another in the same clause opens a subordinate clause, not a question. */
  private static final Pattern WH = Pattern.compile("\\b(?:what|who|whom|whose|which|when|where|why|how)\\b");
  /** What may stand just before a question word that asks a second question: "and", "or", "but", a comma. */
  private static final Pattern JOINED = Pattern.compile("(?:[,;:?!.\u2014-]|\\b(?:and|or|but|vs|versus|then|also|plus))\\s*$");
  /** The end of a sentence: a question or exclamation mark, or a full stop before a space. */
  private static final Pattern SENTENCE_END = Pattern.compile("[?!]+|(?<=\\p{Ll}{2})\\.(?=\\s)"); // not "U.S.", "Mr."
  /**
   * A question word with the helper after it that asks ("who was", "how much", "what did"): where the
   * question asked begins after a scene or a dated clause typed without its comma ("when the kenyans
   * landed in june 2024 who was prime minister").
   */
  public static final String QUESTION_ASKED = "(?:what|who|which|how|why)\\s+(?:was|is|were|are|did|does|do|had|has|have"
      + "|much|many)\\b";
  /**
   * A clause that "when" or "where" opens without asking, the scene of the question after its comma:
   * "When Ruto got off the phone with Davis, what did he promise?" asks what, not when. Not "when did
   * they land, and how many came?", where an auxiliary after "when" asks, nor "when Kenya offered to
   * lead, and how many landed first?" (read from Creole "kilè", which asks), joined by "and".
   */
  private static final Pattern SCENE = Pattern.compile("^\\W*(?:(?:so|and|ok|okay)\\W+)?(when|where)\\s+(?!(?:do|does|did|is"
      + "|are|was|were|will|would|can|could|should|shall|has|have|had|exactly|and|or|else)\\b)"
      + "(?:[^,;?]{6,}?,\\s*(?:(?:so|then)\\s+)?(?:what|who|whom|whose|which|how|why|when|where)\\b"
      // typed without the comma: the second question word, not joined by "and", opens a question of its own, its helper after it
      + "|[^,;?]{6,}?(?<!\\b(?:and|or|then|also|plus))\\s" + QUESTION_ASKED + ")");
  /** "apart from money, ...": what follows these is set aside, not asked. */
  private static final Pattern SET_ASIDE = Pattern.compile("\\b(?:apart from|aside from|besides|other than|except(?: for)?"
      + "|not counting|leaving aside)\\s+[^,;?]{1,40}?(?=,|;|\\?|$)");

  /**
   * What, just before a question word, makes the clause it opens the thing asked even in a question
   * that asks whether: "do you know when the mission ends?", "did Ruto say who would lead?".
   */
  private static final Pattern INDIRECT = Pattern.compile("\\b(?:know|knows|knew|known|tell|tells|told|say|says|said|idea"
      + "|sure|clear|announced?|decided?|revealed?|confirmed?|explained?|remember|mentioned?|reported?|specif(?:y|ied)"
      + "|ask|asked|wonder|wondering|find out|found out)(?:\\s+(?:me|us|you|them|him|her))?\\W*$");

  /** A verb that opens a request ("name the minister and the city she calls home", "tell me ..."): no keywords. */
  static final Pattern ASKING_VERB = Pattern.compile("\\W*(?:(?:can|could) you\\s+)?(?:please\\s+)?(?:name|list"
      + "|tell|give|show|explain|describe|identify|summari[sz]e)\\b");
  /** A word that opens a message before its question ("so did ...", "ok, is ..."). */
  private static final Pattern OPENER = Pattern.compile("^\\W*(?:so|ok|okay|and|but|hey|quick q|q)\\b\\W*");
  /** A question put as a tag after a comma: "how many has Kenya sent, do you know?". */
  private static final Pattern TAG = Pattern.compile(",\\s*(?:do|does|did|can|could|would)\\s+(?:you|u)\\s+(?:know|tell|think|remember|say)\\b[^,]*$");
  /** How French and Creole open a yes/no question, words their English reading drops. */
  private static final Pattern WHETHER_FR_HT = Pattern.compile("^\\W*(?:est[- ]ce qu|[e\u00e8]ske\\b)");

  /** The comma that ends a scene set before the question, with the space after it. */
  private static final Pattern CLAUSE_AFTER_SCENE = Pattern.compile(",\\s*");

  /**
   * A verb of telling whose subject is the news item itself ("the 2022 article says", "does the story
   * say", "the report notes"): it tells where the answer is written, not that a remark is asked for.
   */
  private static final Pattern TOLD_BY_THE_NEWS = Pattern.compile("\\b(?:" + Cue.NEWS_ITEMS + "|wire)\\s+(?:(?:"
      + Cue.TELLING_ADVERBS + ")\\s+)?(" + Cue.TELLING + ")\\b");

  /** The question words that may open a relative clause after a noun ("the officers who landed"). */
  private static final Set<String> RELATIVES = Set.of("who", "whom", "whose", "which", "where", "when");
  /** A word that, just before "who" or "whom", makes it asked ("trained to whom", "met with who"), not a relative. */
  private static final Pattern ASKED_AFTER = Pattern.compile("\\b(?:to|of|with|for|by|from|in|on|at|about|and|or|is|was"
      + "|are|were|s)\\W*$");
  /** What, after a question word, shows it is asked where it stands: the question's end, or another question joined to it ("arrived when and how many?"). */
  private static final Pattern IN_SITU = Pattern.compile("\\W*(?:$|(?:and|or|but|&)\\b)");

  private QuestionWords() {}

  /**
   * Whether a question, in lower case, is a search typed as keywords: no question word and no verb
   * opening a yes/no question ("canada funding haiti", "unga 80 host city?").
   */
  static boolean isKeywordSearch(String question) {
    return !WH.matcher(question).find() && !YES_NO.matcher(question).lookingAt();
  }

  /** Whether a question is a search typed as keywords ("haiti new pm name 2024"): no question word and no verb opening it. */
  public static boolean isKeywords(String question) {
    return isKeywordSearch(question.toLowerCase(Locale.ROOT));
  }

  /**
   * The question with what it does not ask blanked out (offsets hold): a question word inside a clause
   * another one opened ("what did he say when he landed", "the elites who bankroll the gangs"), the
   * "when" of a scene set before the question ("when Ruto hung up, what did he promise?"), what is
   * set aside ("apart from money, what ..."), and the statements a long message gives around what it
   * asks ({@link #blankStatements}).
   */
  static String asked(String question) {
    StringBuilder out = new StringBuilder(question);
    blankStatements(out, question);
    Matcher told = TOLD_BY_THE_NEWS.matcher(question);
    while (told.find()) {
      blank(out, told.start(1), told.end(1)); // "what does the article say the aim is" asks the aim, not a remark
    }
    Matcher scene = SCENE.matcher(question);
    if (scene.find()) {
      blank(out, scene.start(1), scene.end(1));
    }
    String q = out.toString(); // the scene's "when" opens no clause either
    Matcher aside = SET_ASIDE.matcher(q);
    while (aside.find()) {
      blank(out, aside.start(), aside.end());
    }
    List<MatchResult> words = WH.matcher(q).results().toList();
    List<MatchResult> relatives = words.stream().filter(w -> isRelative(q, w)).toList();
    boolean asksElsewhere = relatives.size() < words.size();
    boolean opened = false;
    int previous = 0; // where the question word before ends
    for (MatchResult wh : words) {
      String before = q.substring(0, wh.start());
      // the first question word of a sentence asks: "how much of haiti faces hunger? like how many people"
      boolean firstOfSentence = SENTENCE_END.matcher(q).useTransparentBounds(true)
          .region(previous, wh.start()).find();
      previous = wh.end();
      boolean joined = before.isBlank() || JOINED.matcher(before).find() || firstOfSentence;
      boolean relative = relatives.contains(wh);
      // in a question that asks whether, a relative clause is the deed's ("did Canada refuse when asked?")
      boolean whether = relative && asksWhether(q, wh.start()) && !INDIRECT.matcher(before).find();
      if (relative && (asksElsewhere || whether) || opened && !joined) {
        blank(out, wh.start(), wh.end()); // "the officers who landed ... counted how many?": "how many" asks
      } else {
        opened = true;
      }
    }
    return out.toString();
  }

  /**
   * Whether the sentence a question word stands in opens with a verb's helper, or the clause after the
   * sentence's first comma does, and so asks whether: in "did Canada refuse the US when asked?", "was
   * Ruto angry when Trump spoke?" and "after Henry quit, was there a stretch where ..." the "when" and
   * "where" only date or place the deed asked about.
   */
  private static boolean asksWhether(String q, int at) {
    return opensWith(q, at, YES_NO);
  }

  /** Whether the sentence {@code at} stands in, or the clause after a scene set in it, opens with {@code helper}. */
  private static boolean opensWith(String q, int at, Pattern helper) {
    int start = 0;
    Matcher end = SENTENCE_END.matcher(q);
    while (end.find() && end.end() <= at) {
      start = end.end();
    }
    if (helper.matcher(q).region(start, q.length()).lookingAt()) {
      return true;
    }
    // or the clause after a scene set before it: "after Henry quit, was there a stretch where ..."
    Matcher clause = CLAUSE_AFTER_SCENE.matcher(q).region(start, at);
    return clause.find() && helper.matcher(q).region(clause.end(), q.length()).lookingAt();
  }

  /**
   * Whether a question asks whether something is so: its last sentence opens with a verb's helper, or
   * the clause after a scene set off by a comma does ("After Henry quit, did Ruto ..."), or it opens
   * with French "est-ce que" or Creole "èske"; not when that helper only asks about a clause a
   * question word opens ("do you know when the mission ends?", "can you tell me who leads it?").
   */
  public static boolean asksWhether(String question) {
    return asksWhether(question, YES_NO);
  }

  /**
   * Whether a question only asks whether something was done ({@link #asksWhether}, opened by "did",
   * "has", "will" and the like, not "is": "is the budget enough?" asks the figure), with no question
   * word that asks more: "did Trump freeze Washington's funding?" is settled by a sentence that says
   * so, with or without the figure; "did any country give more, and how much?" asks it.
   */
  public static boolean asksOnlyWhetherDone(String question) {
    return asksWhether(question, DEED_HELPER) && !WH.matcher(question.toLowerCase(Locale.ROOT)).find();
  }

  private static boolean asksWhether(String question, Pattern helper) {
    String q = OPENER.matcher(question.toLowerCase(Locale.ROOT).strip()).replaceFirst("").replaceAll("[\\s?!.]+$", "")
        .replaceAll("\\bwon['\u2019]t\\b", "will not").replaceAll("\\bcan['\u2019]t\\b", "can not")
        .replaceAll("(\\p{L})n['\u2019]t\\b", "$1 not"); // "isn't Canada ..." opens with "is"
    if (WHETHER_FR_HT.matcher(q).lookingAt()) {
      return true;
    }
    if (q.isEmpty() || TAG.matcher(q).find() || !opensWith(q, q.length(), helper)) {
      return false;
    }
    Matcher wh = WH.matcher(q);
    while (wh.find()) {
      if (INDIRECT.matcher(q.substring(0, wh.start())).find()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a question word stands after a word that it relates a clause to, not at the start of a
   * question nor after what asks it, nor asked where it stands ("they arrived when and how many?"):
   * "the first group of officers who landed".
   */
  private static boolean isRelative(String q, MatchResult wh) {
    String before = q.substring(0, wh.start());
    return RELATIVES.contains(wh.group()) && !before.isBlank() && !JOINED.matcher(before).find()
        && !ASKED_AFTER.matcher(before).find() && !IN_SITU.matcher(q).region(wh.end(), q.length()).lookingAt();
  }

  /**
   * Blanks, in a message that asks with a question mark, the sentences that only state: the context a
   * long message gives around what it asks ("So in March 2024 Ruto said Kenya would send a team. How
   * many days later was the council sworn in?" asks a duration, not words said). A sentence with a
   * question word ("... hunger? like how many people"), one opening as a question does ("tell me
   * ...", "did ..."), or one of fewer than four words ("did mr." of "did Mr. Ruto ...") is kept, and
   * nothing is blanked unless a sentence with the question mark asks by a question word or opening.
   */
  private static void blankStatements(StringBuilder out, String question) {
    if (question.indexOf('?') < 0) {
      return;
    }
    List<Integer> starts = new ArrayList<>(List.of(0)); // where each sentence starts, then the end
    Matcher end = SENTENCE_END.matcher(question);
    while (end.find() && end.end() < question.length()) {
      starts.add(end.end());
    }
    starts.add(question.length());
    List<String> sentences = new ArrayList<>();
    for (int i = 0; i + 1 < starts.size(); i++) {
      sentences.add(question.substring(starts.get(i), starts.get(i + 1)));
    }
    // only beside a sentence that asks: "... handed the HNP on oct. 15?" has no statement, "oct." ends none
    if (sentences.stream().noneMatch(s -> s.contains("?") && asksByItsWords(s))) {
      return;
    }
    for (int i = 0; i < sentences.size(); i++) {
      String sentence = sentences.get(i);
      if (!sentence.contains("?") && !sentence.contains("!") && sentence.strip().split("\\s+").length >= 4
          && !asksByItsWords(sentence)) {
        blank(out, starts.get(i), starts.get(i + 1));
      }
    }
  }

  /**
   * Whether a sentence holds a question word or opens, after an opener ("so", "ok"), as a yes/no
   * question or a request ("tell me ...") does.
   */
  private static boolean asksByItsWords(String sentence) {
    if (WH.matcher(sentence).find()) {
      return true;
    }
    String opened = OPENER.matcher(sentence).replaceFirst("");
    return YES_NO.matcher(opened).lookingAt() || ASKING_VERB.matcher(opened).lookingAt();
  }

  /** Spaces from {@code start} (inclusive) to {@code end} (exclusive): what is not asked goes, its offsets kept. */
  static void blank(StringBuilder text, int start, int end) {
    for (int i = start; i < end; i++) {
      text.setCharAt(i, ' ');
    }
  }
}
