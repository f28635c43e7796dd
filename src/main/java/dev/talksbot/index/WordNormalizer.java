package dev.talksbot.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Maps word forms that a suffix stemmer cannot join to one base form, before stemming: irregular
 * verb forms ("led" → "lead", "held" → "hold"), nationality adjectives ("Ukrainian" → "Ukraine", so
 * a question about "the Ukrainian delegation" finds "Ukraine's delegation"), and British spellings
 * ("defence" → "defense"). General English, not tied to any corpus.
 */
final class WordNormalizer extends TokenFilter {
  static final Map<String, String> FORMS = new HashMap<>();

  private static void add(String base, String... forms) {
    for (String f : forms) FORMS.put(f, base);
  }

  static {
    // irregular verbs: past tense and participle -> base
    add("lead", "led");
    add("say", "said");
    add("meet", "met");
    add("hold", "held");
    add("take", "took", "taken");
    add("give", "gave", "given");
    add("tell", "told");
    add("win", "won");
    add("fight", "fought");
    add("begin", "began", "begun");
    add("send", "sent");
    add("leave", "left");
    add("make", "made");
    add("bring", "brought");
    add("think", "thought");
    add("seek", "sought");
    add("go", "went", "gone");
    add("come", "came");
    add("keep", "kept");
    add("speak", "spoke", "spoken");
    add("choose", "chose", "chosen");
    add("strike", "struck");
    add("fall", "fell", "fallen");
    add("feel", "felt");
    add("find", "found");
    add("get", "got", "gotten");
    add("grow", "grew", "grown");
    add("know", "knew", "known");
    add("mean", "meant");
    add("pay", "paid");
    add("run", "ran");
    add("see", "saw", "seen");
    add("sell", "sold");
    add("stand", "stood");
    add("write", "wrote", "written");
    add("break", "broke", "broken");
    add("draw", "drew", "drawn");
    add("fly", "flew", "flown");
    add("lose", "lost");
    add("shoot", "shot");
    add("spend", "spent");
    add("throw", "threw", "thrown");
    add("understand", "understood");
    add("withdraw", "withdrew", "withdrawn");
    add("rise", "rose", "risen");
    add("drive", "drove", "driven");
    add("forget", "forgot", "forgotten");
    add("freeze", "froze", "frozen");
    add("hide", "hid", "hidden");
    add("build", "built");
    add("buy", "bought");
    add("catch", "caught");
    add("teach", "taught");
    add("sit", "sat");
    add("hear", "heard");
    add("sleep", "slept");
    add("stick", "stuck");
    add("swear", "swore", "sworn");
    add("wear", "wore", "worn");
    add("tear", "tore", "torn");
    add("bear", "bore", "borne");
    add("undertake", "undertook", "undertaken");
    add("overtake", "overtook", "overtaken");
    // nationality adjectives -> country
    add("russia", "russian", "russians");
    add("ukraine", "ukrainian", "ukrainians");
    add("america", "american", "americans");
    add("turkey", "turkish", "turk", "turks", "turkiye");
    add("europe", "european", "europeans");
    add("china", "chinese");
    add("britain", "british", "briton", "britons");
    add("france", "french");
    add("germany", "german", "germans");
    add("belarus", "belarusian", "belarusians");
    add("iran", "iranian", "iranians");
    add("israel", "israeli", "israelis");
    add("india", "indian", "indians");
    add("japan", "japanese");
    add("korea", "korean", "koreans");
    add("syria", "syrian", "syrians");
    add("poland", "poles");
    add("georgia", "georgian", "georgians");
    add("crimea", "crimean");
    // British -> American spelling
    add("defense", "defence", "defences");
    add("offense", "offence", "offences");
    add("center", "centre", "centres");
    add("program", "programme", "programmes");
    add("labor", "labour");
    add("favor", "favour");
    add("honor", "honour");
    add("neighbor", "neighbour", "neighbours");
    add("recognize", "recognise", "recognised", "recognises", "recognising");
    add("organize", "organise", "organised", "organising");
    add("organization", "organisation", "organisations");
    add("criticize", "criticise", "criticised", "criticising");
    add("emphasize", "emphasise", "emphasised");
    add("realize", "realise", "realised");
    add("apologize", "apologise", "apologised");
    add("authorize", "authorise", "authorised");
    add("stabilize", "stabilise", "stabilised");
    add("normalize", "normalise", "normalised");
    add("prioritize", "prioritise", "prioritised");
    add("mobilize", "mobilise", "mobilised", "mobilisation");
    add("ceasefire", "cease-fire", "truce");
    // near-synonyms of sequence ("the earlier rounds" = "the previous rounds")
    add("previous", "earlier", "prior");
  }

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  WordNormalizer(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) return false;
    if (!keyword.isKeyword()) {
      String base = FORMS.get(term.toString());
      if (base != null) term.setEmpty().append(base);
    }
    return true;
  }
}
