package org.netnps.core.record;

import java.io.IOException;

/**
 * Where a dataset in the data contract goes, table by table. Producers (the simulator) call it
 * from one thread; xDRs and PM values arrive in time order, day by day.
 */
public interface DatasetSink extends AutoCloseable {
  /** The dataset.json facts. */
  void manifest(String name, String timezone, int gridResolution) throws IOException;

  void cell(CellRecord cell) throws IOException;

  void subscriber(SubscriberRecord subscriber) throws IOException;

  void xdr(XdrRecord xdr) throws IOException;

  void pm(PmRecord value) throws IOException;

  void alarm(AlarmRecord alarm) throws IOException;

  void survey(SurveyRecord survey) throws IOException;

  void complaint(ComplaintRecord complaint) throws IOException;

  @Override
  void close() throws IOException;

  /** A sink that keeps nothing: for what-if runs, which only need the outcomes. */
  static DatasetSink discard() {
    return new Ignoring() {};
  }

  /** Keeps nothing; a sink that wants only some tables overrides their methods. */
  abstract class Ignoring implements DatasetSink {
    @Override public void manifest(String name, String timezone, int gridResolution) {}
    @Override public void cell(CellRecord cell) {}
    @Override public void subscriber(SubscriberRecord subscriber) {}
    @Override public void xdr(XdrRecord xdr) {}
    @Override public void pm(PmRecord value) {}
    @Override public void alarm(AlarmRecord alarm) {}
    @Override public void survey(SurveyRecord survey) {}
    @Override public void complaint(ComplaintRecord complaint) {}
    @Override public void close() {}
  }
}
