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

  @Test
  void keysInTheSlotAndKeysInTheArenaAreToldApartByEveryByte() {
    ByteDictionary d = new ByteDictionary();
    String[] keys = {"a", "a\u0000", "46000000002069", "460000000020692", "460000000020693", "C0101",
        "a-subscriber-identifier-longer-than-sixteen-bytes-1", "a-subscriber-identifier-longer-than-sixteen-bytes-2",
        "exactly16bytes!!", "exactly16bytes!?", "ünïcödé"};
    for (int i = 0; i < keys.length; i++) {
      assertEquals(i, d.intern(keys[i]), keys[i]);
    }
    for (int i = 0; i < keys.length; i++) {
      assertEquals(i, d.find(keys[i]), keys[i]);
      assertEquals(keys[i], d.string(i));
    }
    assertEquals(ByteDictionary.ABSENT, d.find("exactly16bytes!#"));
    assertEquals(ByteDictionary.ABSENT, d.find("a-subscriber-identifier-longer-than-sixteen-bytes-3"));
  }
}
