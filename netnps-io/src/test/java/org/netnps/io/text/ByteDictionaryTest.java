package org.netnps.io.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ByteDictionaryTest {
  @Test
  void equalKeysGetOneCodeAndCodesGiveTheKeysBack() {
    ByteDictionary d = new ByteDictionary();
    for (int i = 0; i < 100_000; i++) {
      assertEquals(i, d.intern("460" + i));
    }
    for (int i = 0; i < 100_000; i += 997) {
      assertEquals(i, d.intern("460" + i));
      assertEquals(i, d.find("460" + i));
      assertEquals("460" + i, d.string(i));
    }
    assertEquals(ByteDictionary.ABSENT, d.find("unknown"));
    assertEquals(100_000, d.size());
  }
}
