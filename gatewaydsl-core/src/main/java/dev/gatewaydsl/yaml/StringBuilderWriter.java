package dev.gatewaydsl.yaml;

import java.io.Writer;

/** A {@link Writer} into a {@link StringBuilder}: {@code StringWriter} without the locking. */
final class StringBuilderWriter extends Writer {
  private final StringBuilder text;

  StringBuilderWriter(int capacity) {
    text = new StringBuilder(capacity);
  }

  @Override
  public void write(int c) {
    text.append((char) c);
  }

  @Override
  public void write(char[] buffer, int offset, int length) {
    text.append(buffer, offset, length);
  }

  @Override
  public void write(String string, int offset, int length) {
    text.append(string, offset, offset + length);
  }

  @Override
  public Writer append(CharSequence chars) {
    text.append(chars);
    return this;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  @Override
  public String toString() {
    return text.toString();
  }
}
