package org.missionbot.answer;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.missionbot.corpus.Countries;
import org.missionbot.corpus.Mention;
import org.missionbot.corpus.MentionFinder;
import org.missionbot.corpus.Passage;
import org.missionbot.search.Concept;
import org.missionbot.search.Hit;
import org.missionbot.search.Question;
import org.missionbot.search.QuestionKind;

/**
 * Who holds a role now ("who is Haiti's prime minister?"), or held it at a time the question names
 * ("who was Haiti's prime minister in October 2022?", from that time's articles): the person the
 * newest article names in that role, not someone an older one called the prime minister, nor one it
 * calls "outgoing", "then-" or "former", nor another country's holder. A person is named in a role when the question's words
 * stand just before the name ("Prime Minister Mark Carney", "a new prime minister, Garry Conille");
 * the role's country is the one named just before it ("Kenyan President", "Haiti's outgoing Prime
 * Minister"), else the one the articles name that person with elsewhere (a headline's "Canada, under
 * PM Mark Carney"). A role no country qualifies counts for the articles' own country only.
 */
final class RoleHolders {

  /**
   * "Who" where the question starts, after an opener ("ok so who") or a frame set off by a comma ("In
   * the newest article, who", "According to the AP, who").
   */
  private static final String WHO = "(?i)^\\W*(?:[^,;?]{1,40},\\s*)?(?:(?:and|so|ok|okay)\\W+)?who";
  /**
   * What stands after "who (is)" when it asks who someone is, not who did something: no verb ("who is
   * the prime minister", "who prime minister haiti", a reading of Creole).
   */
  private static final String NOT_A_VERB = "(?!(?:was|were|did|does|do|had|has|have|will|would|could|should|can|may"
      + "|might|must|said|told|met|sent|gave|took|made|led|began|became|spoke|left|paid|got|put|set|kept|held|wrote|ran"
      + "|\\w+ed|\\w+s)\\b)";

  /**
   * A question in the present tense about who someone is, which a role then makes a question of who
   * holds it; "who" with no verb after it is one too, as a Creole or French question reads in English.
   */
  private static final Pattern PRESENT = Pattern.compile(WHO + "(?:'s|\u2019s|s| is| are)?\\s+" + NOT_A_VERB);
  /**
   * A question about who someone was or is at a stretch of time the question names ("who was Haiti's
   * prime minister in June 2024?"): answered by the articles of that stretch, as the present one is by
   * all of them. "Who" is followed by its verb, or by none (a Creole question read word for word: "who prime
   * minister haiti june 2024", not "who at the UN was calling for ...", which asks who did something).
   */
  private static final Pattern AT_A_TIME = Pattern.compile(WHO + "(?:(?:'s|\u2019s|s| is| are| was| were)\\s+"
      + "|\\s+(?!(?:else|at|in|on|from|of|with|for|to|by|among|besides|apart)\\b))" + NOT_A_VERB);
  /** A question restricted to the past: it is answered by the articles of that time, not the newest. */
  private static final Pattern PAST = Pattern.compile("(?i)\\b(?:was|were|back then|at the time|used to|previous|former)\\b");
  /** Words before a role that say its holder no longer holds it. */
  private static final Pattern NOT_CURRENT = Pattern.compile("(?i)\\b(?:then|outgoing|former|ex|late|previous|erstwhile|one-time)\\b");
  /** A word between a role and a name. */
  private static final Pattern GAP_WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{M}'\u2019.-]*");
  /** The words that end what a role is held to: "the UN at the moment", "Haiti now". */
  private static final String NOT_A_NAME = "(?:at|in|on|of|for|to|by|with|the|a|an|and|or|now|today|currently|who|that"
      + "|which|is|was|had|has|have|will|said|says)";
  /** A role's word, then what it is held to or at: "ambassador to the UN", "envoy at the OAS". */
  private static final Pattern COMPLEMENT = Pattern.compile("[\\p{L}'-]+\\s+(?:to|at)\\s+(?:the\\s+)?"
      + "(?!(?:moment|present|time|least|most|last|first|once)\\b)(\\p{L}+(?:\\s+(?!" + NOT_A_NAME + "\\b)\\p{L}+){0,2})");
  /** How many words may stand between a role's last word and the name it titles. */
  private static final int TITLE_GAP = 4;
  /** The words in lower case that may stand in a title between its role and the name. */
  private static final java.util.Set<String> TITLE_WORDS = java.util.Set.of("of", "the", "to", "for", "and", "a", "an",
      "new", "de", "facto", "then", "acting", "interim", "outgoing", "former", "current", "incoming");
  /** How far before a name its role may stand, in characters ("a new prime minister, " is 22). */
  private static final int WINDOW = 48;
  private static final Countries COUNTRIES = Countries.get();

  /** The country each person is named with anywhere in the articles, by surname; absent when none or several. */
  private final Map<String, String> countryOf;
  /** Every word of every person's name in the articles, in lower case. */
  private final java.util.Set<String> people;
  /** The surname of the one person each word of a name in the articles belongs to ("garry": "conille"); absent when several. */
  private final Map<String, String> surnameOf;
  private final Predicate<String> topical;

  private RoleHolders(Map<String, String> countryOf, java.util.Set<String> people, Map<String, String> surnameOf,
      Predicate<String> topical) {
    this.countryOf = countryOf;
    this.people = people;
    this.surnameOf = surnameOf;
    this.topical = topical;
  }

  /** Reads who is named with which country in these passages and their articles' headlines. */
  static RoleHolders of(List<Passage> passages, Predicate<String> topical) {
    Map<String, Map<String, Integer>> votes = new HashMap<>();
    Map<String, java.util.Set<String>> surnames = new HashMap<>(); // each word of a name: the surnames it is part of
    java.util.Set<String> texts = new java.util.LinkedHashSet<>();
    for (Passage p : passages) {
      texts.add(p.text());
      texts.add(p.article().title());
    }
    for (String text : texts) {
      List<Mention> mentions = MentionFinder.find(text);
      for (Mention m : mentions) {
        if (m.kind() == Mention.Kind.PERSON) {
          String surname = surname(m.in(text));
          for (String word : m.in(text).replaceAll("(?:'s|\u2019s)$", "").split("\\s+")) {
            surnames.computeIfAbsent(word.toLowerCase(java.util.Locale.ROOT), k -> new java.util.HashSet<>()).add(surname);
          }
          String country = countryBefore(text, windowStart(text, m, mentions), m.start());
          if (country != null) {
            votes.computeIfAbsent(surname, k -> new HashMap<>()).merge(country, 1, Integer::sum);
          }
        }
      }
    }
    Map<String, String> countryOf = new HashMap<>();
    votes.forEach((person, counts) -> {
      int most = counts.values().stream().max(Integer::compare).orElse(0);
      List<String> top = counts.entrySet().stream().filter(e -> e.getValue() == most).map(Map.Entry::getKey).toList();
      if (top.size() == 1) {
        countryOf.put(person, top.get(0));
      }
    });
    Map<String, String> surnameOf = new HashMap<>();
    surnames.forEach((word, of) -> {
      if (of.size() == 1) {
        surnameOf.put(word, of.iterator().next());
      }
    });
    return new RoleHolders(Map.copyOf(countryOf), java.util.Set.copyOf(surnames.keySet()), Map.copyOf(surnameOf), topical);
  }

  /**
   * Whether the question asks who holds a role now ("who is the prime minister of Haiti?", not "who is
   * Ruto?"), or held it in the stretch of time it names (the hits are then that stretch's).
   */
  static boolean asks(Question question, TimeFrame time) {
    boolean asked = time.bounded() ? AT_A_TIME.matcher(question.meaning()).find()
        : PRESENT.matcher(question.meaning()).find() && !PAST.matcher(question.meaning()).find();
    return question.kind() == QuestionKind.PERSON && asked && !role(question).isEmpty() && named(question).isEmpty()
        && question.concepts().stream().allMatch(Concept::known); // "wife": no article names one
  }

  /**
   * The newest evidence among the hits that names a current holder of the role asked about, of the
   * country asked about, with that person as its value; empty when none does.
   *
   * @param offsets where the given words of the question stand in a hit's passage
   * @param mentions the mentions of a quote's text
   */
  Optional<Evidence> holder(Question question, List<Hit> hits, BiFunction<Hit, List<Concept>, List<Integer>> offsets,
      Function<String, List<Mention>> mentions) {
    return holder(question, country(question.meaning()), hits, offsets, mentions);
  }

  /** The newest evidence naming a current holder of the role, of the country given (null: the articles' own). */
  private Optional<Evidence> holder(Question question, String asked, List<Hit> hits,
      BiFunction<Hit, List<Concept>, List<Integer>> offsets, Function<String, List<Mention>> mentions) {
    List<Concept> role = role(question);
    if (!isRole(question)) {
      return Optional.empty();
    }
    String asks = complement(question, role);
    Evidence best = null;
    for (Hit hit : hits) {
      if (!hit.matched().containsAll(role)) {
        continue;
      }
      String text = hit.quoteText();
      List<List<Integer>> at = role.stream()
          .map(c -> offsets.apply(hit, List.of(c)).stream().map(o -> o + hit.quoteOffset()).toList()).toList();
      List<Mention> all = mentions.apply(text);
      for (Mention m : all) {
        if (m.kind() != Mention.Kind.PERSON) {
          continue;
        }
        int from = windowStart(text, m, all);
        List<Integer> title = title(at, from, m.start());
        if (title.isEmpty() || !isTitleGap(text.substring(title.get(title.size() - 1), m.start()))) {
          // not "a Transitional Presidential Council was installed ... after Ariel Henry", nor "President
          // Jovenel Moise" for the council's president
          continue;
        }
        if (!sameComplement(asks, complement(text.substring(title.get(title.size() - 1), m.start())))) {
          continue; // "US Ambassador to the UN Dorothy Shea" holds no ambassador to Haiti
        }
        int roleStart = title.get(0);
        String before = text.substring(Math.max(from, roleStart - 16), m.start());
        if (NOT_CURRENT.matcher(before).find()) {
          continue;
        }
        String country = countryBefore(text, Math.max(from, roleStart - 24), m.start());
        country = country != null ? country : countryOf.get(surname(m.in(text)));
        boolean fits = asked == null ? country == null || topical.test(country)
            : asked.equals(country) || (country == null && topical.test(asked));
        if (fits && (best == null || newer(hit, best.hit()))) {
          best = new Evidence(hit, List.of(m));
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** A question after who came after someone: "who replaced X", "who succeeded X", "X's successor", "who took over from X". */
  private static final Pattern SUCCESSION = Pattern.compile("(?i)\\b(?:replac(?:e|ed|es|ing)|succe(?:ed|eded|eds|eding)"
      + "|successors?|t(?:ook|akes?|aking) over from)\\b");

  /**
   * Whether the question asks who came after someone ("who replaced", "who succeeded", "X's successor"):
   * only then is {@link #asksAfterTheNewest} worth the articles' table of people.
   */
  static boolean asksSuccession(Question question) {
    return SUCCESSION.matcher(question.meaning()).find();
  }

  /**
   * Whether the question asks who came after someone it names in a role ("who replaced Garry Conille as
   * Haiti's prime minister?") and that person is the newest holder of the role among the hits, as
   * {@link #holder} reads them (of the question's country, else of the one the articles name that person
   * with), so that no article found tells of anyone after them: the sentence that names them in it ("a
   * new prime minister, Garry Conille, was appointed") answers who came before, not after. False when
   * the question names no role, or no one, or several people.
   */
  boolean asksAfterTheNewest(Question question, List<Hit> hits, BiFunction<Hit, List<Concept>, List<Integer>> offsets,
      Function<String, List<Mention>> mentions) {
    Matcher succession = SUCCESSION.matcher(question.meaning());
    if (!succession.find()) {
      return false;
    }
    java.util.Set<String> asking = java.util.Set.of(succession.group().toLowerCase(java.util.Locale.ROOT).split("\\s+"));
    List<Concept> names = question.concepts().stream().filter(c -> c.known() && people.contains(c.word())).toList();
    if (names.isEmpty() || names.stream().map(c -> surnameOf.getOrDefault(c.word(), c.word())).distinct().count() > 1) {
      return false;
    }
    String surname = surnameOf.getOrDefault(names.get(0).word(), names.get(0).word());
    List<Concept> rest = question.concepts().stream().filter(c -> !names.contains(c) && !asking.contains(c.word())).toList();
    Question role = new Question(question.text(), List.of(QuestionKind.PERSON), rest, question.meaning(), question.countries());
    if (role(role).isEmpty()) {
      return false;
    }
    // "as PM" is the role in the country the articles name that person with, as "as Haiti's PM" says
    String country = country(question.meaning());
    return holder(role, country != null ? country : countryOf.get(surname), hits, offsets, mentions)
        .map(e -> surname(e.valueText()).equals(surname)).orElse(false);
  }

  /**
   * Whether the words a question asks about are no one's name in the articles: "who is monique clesca"
   * and "who is ruto's deputy" ask about someone, not about who holds a role.
   */
  boolean isRole(Question question) {
    return role(question).stream().noneMatch(c -> people.contains(c.word()));
  }

  /**
   * Whether the question's words, those the articles hold, only name people of the articles ("c'est
   * qui Ruto ?", "who is ruto's wife?"): it asks about that person, and another name is no answer.
   */
  boolean namesOnlyPeople(Question question) {
    List<Concept> known = question.concepts().stream().filter(Concept::known).toList();
    return !known.isEmpty() && known.stream().allMatch(c -> people.contains(c.word()));
  }

  /** The question's words that name the role: all but the names of people and countries. */
  private static List<Concept> role(Question question) {
    return question.concepts().stream().filter(c -> c.known() && COUNTRIES.canonical(c.word()) == null && !TimeFrame.isNow(c.word())).toList();
  }

  /**
   * Where the words of a role stand before a name as its title, in order: each word of the role at
   * least once between the window's start and the name; empty when one is missing.
   *
   * @param at where each word of the role stands in the text, one list a word
   */
  private static List<Integer> title(List<List<Integer>> at, int from, int name) {
    java.util.SortedSet<Integer> title = new java.util.TreeSet<>();
    for (List<Integer> word : at) {
      List<Integer> here = word.stream().filter(o -> o >= from && o < name).toList();
      if (here.isEmpty()) {
        return List.of();
      }
      title.addAll(here);
    }
    return List.copyOf(title);
  }

  /**
   * Whether what stands from a role's last word to a name makes the role the name's title: the role
   * word itself, then at most {@link #TITLE_GAP} words, each a name, a country or a word of a title
   * ("Minister Mark Carney", "prime minister, Garry Conille", "Ambassador to the UN Dorothy Shea",
   * "President of Kenya, William Ruto"); not a clause ("Council was installed earlier this year after").
   */
  private static boolean isTitleGap(String fromRole) {
    List<String> words = GAP_WORD.matcher(fromRole).results().map(java.util.regex.MatchResult::group).skip(1).toList();
    return words.size() <= TITLE_GAP
        && words.stream().allMatch(w -> Character.isUpperCase(w.charAt(0)) || TITLE_WORDS.contains(w));
  }

  /**
   * What the question's role is held to or at, after the role's last word ("ambassador to Haiti":
   * "haiti"), or null.
   */
  private static String complement(Question question, List<Concept> role) {
    String folded = Questions.fold(question.meaning());
    int last = -1;
    java.util.Set<String> words = role.stream().map(Concept::word).collect(java.util.stream.Collectors.toSet());
    Matcher word = GAP_WORD.matcher(folded);
    while (word.find()) {
      if (words.contains(word.group())) {
        last = word.start();
      }
    }
    return last < 0 ? null : complement(folded.substring(last));
  }

  /** What a role that opens the text is held to or at ("Ambassador to the UN Dorothy Shea": "un"), or null. */
  private static String complement(String fromRole) {
    Matcher to = COMPLEMENT.matcher(Questions.fold(fromRole));
    return to.lookingAt() ? to.group(1) : null;
  }

  /**
   * Whether two complements of a role may name the same one: either is absent, one's words begin the
   * other's ("un" and "un dorothy shea": a name may follow the title), or they name one country
   * ("haiti", "republic of haiti"); not "south africa" and "south sudan".
   */
  private static boolean sameComplement(String asked, String titled) {
    if (asked == null || titled == null || (titled + " ").startsWith(asked + " ") || (asked + " ").startsWith(titled + " ")) {
      return true;
    }
    String country = Attribution.countriesIn(asked).stream().findFirst().orElse(null);
    return country != null && Attribution.countriesIn(titled).contains(country);
  }

  /** The people the question names ("who is Ruto's wife" asks about Ruto, not about a role). */
  private static List<Mention> named(Question question) {
    return MentionFinder.find(question.meaning()).stream().filter(m -> m.kind() == Mention.Kind.PERSON).toList();
  }

  /** The first country the text names, as a canonical key, or null. */
  private static String country(String text) {
    List<String> named = Attribution.countriesIn(text);
    return named.isEmpty() ? null : named.get(0);
  }

  /** The country named last in the text between the two offsets (nearest a name after them), or null. */
  private static String countryBefore(String text, int from, int to) {
    List<String> named = Attribution.countriesIn(text.substring(Math.max(0, from), to));
    return named.isEmpty() ? null : named.get(named.size() - 1);
  }

  /** Where a name's window of words before it starts: at most {@link #WINDOW} back, after any earlier name or sentence end. */
  private static int windowStart(String text, Mention name, List<Mention> mentions) {
    int from = Math.max(0, name.start() - WINDOW);
    for (Mention other : mentions) {
      if (other.kind() == Mention.Kind.PERSON && other.end() <= name.start()) {
        from = Math.max(from, other.end());
      }
    }
    int stop = Math.max(text.lastIndexOf(". ", name.start()), text.lastIndexOf("; ", name.start()));
    return Math.max(from, stop + 1);
  }

  private static String surname(String name) {
    String[] words = name.replaceAll("(?:'s|\u2019s)$", "").strip().split("\\s+");
    return words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
  }

  private static boolean newer(Hit a, Hit b) {
    Comparator<LocalDate> dates = Comparator.nullsFirst(Comparator.naturalOrder());
    int c = dates.compare(a.passage().article().published(), b.passage().article().published());
    return c > 0 || (c == 0 && a.score() > b.score());
  }
}
