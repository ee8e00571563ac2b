package org.netnps.sim.traffic;

import java.util.Arrays;

/**
 * The sessions a group of subscribers plans for one day, as parallel arrays. {@code ordinal} is
 * the session's position among everything the subscriber could have done that day, which keys
 * its random stream, so a session keeps its draws when others are added or dropped.
 */
public final class DaySessions {
  public int size;
  public int[] subscriber = new int[1024];
  public int[] ordinal = new int[1024];
  public long[] start = new long[1024];
  public byte[] service = new byte[1024];
  public byte[] where = new byte[1024];
  public float[] x = new float[1024];
  public float[] y = new float[1024];
  public int[] pixel = new int[1024];
  public float[] lossDb = new float[1024];

  public int add(int sub, int ordinalInDay, long startMs, int serviceIndex, Whereabouts place,
      double px, double py, int pixelIndex, double loss) {
    if (size == subscriber.length) {
      grow();
    }
    int i = size++;
    subscriber[i] = sub;
    ordinal[i] = ordinalInDay;
    start[i] = startMs;
    service[i] = (byte) serviceIndex;
    where[i] = (byte) place.ordinal();
    x[i] = (float) px;
    y[i] = (float) py;
    pixel[i] = pixelIndex;
    lossDb[i] = (float) loss;
    return i;
  }

  public Whereabouts whereabouts(int i) {
    return Whereabouts.values()[where[i]];
  }

  private void grow() {
    int n = subscriber.length * 2;
    subscriber = Arrays.copyOf(subscriber, n);
    ordinal = Arrays.copyOf(ordinal, n);
    start = Arrays.copyOf(start, n);
    service = Arrays.copyOf(service, n);
    where = Arrays.copyOf(where, n);
    x = Arrays.copyOf(x, n);
    y = Arrays.copyOf(y, n);
    pixel = Arrays.copyOf(pixel, n);
    lossDb = Arrays.copyOf(lossDb, n);
  }
}
