package dev.talksbot.nlp;

/** The kind of value a question asks for, and the kind of a value found in a sentence. */
public enum AnswerType {
  PERSON,
  NUMBER,
  DATE,
  PLACE,
  ORGANISATION,
  OTHER
}
