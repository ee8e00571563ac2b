package org.netnps.core.record;

import org.netnps.core.domain.ComplaintCategory;

/** One row of complaints.csv. lat and lon are NaN when the ticket has no place. */
public record ComplaintRecord(
    String ticketId,
    String subscriberId,
    long createdAt,
    ComplaintCategory category,
    double lat,
    double lon) {}
