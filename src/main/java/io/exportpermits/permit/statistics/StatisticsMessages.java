package io.exportpermits.permit.statistics;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the statistics page, in English; {@link StatisticsMessagesZh} has them in Chinese. */
@MessageBundle("stats")
public interface StatisticsMessages {
    @Message("Licensing in figures")
    String title();

    @Message("How the licensing system performed from {from} to {to}: applications decided, how long decisions took "
            + "against the 45-working-day limit, and what was shipped. No figure singles out an exporter: one made up "
            + "by fewer than 3 exporters, or 75 % or more of which is one exporter's, is withheld, with as many others "
            + "as it takes to keep it from being worked out. Figures are at most a minute old.")
    String summary(String from, String to);

    @Message("Decisions per month, by outcome.")
    String decisionsFigure();

    @Message("Working days from acceptance to decision per month: median and 90th percentile, against the limit of 45.")
    String workingDaysFigure();

    @Message("Quantity shipped per month by element, in kilograms.")
    String shippedFigure();


    @Message("Approved")
    String approved();

    @Message("Refused")
    String refused();

    @Message("Withdrawn")
    String withdrawn();

    @Message("Median")
    String median();

    @Message("90th percentile")
    String p90();

    @Message("Limit: 45 working days")
    String limit();

    @Message("Withheld (×)")
    String withheldLegend();

    @Message("withheld")
    String withheld();

    @Message("Month")
    String month();


    @Message("none named")
    String noElement();

    @Message("Received")
    String received();

    @Message("Accepted")
    String accepted();

    @Message("Approval rate")
    String approvalRate();

    @Message("Within 45 days")
    String withinLimit();

    @Message("Open past due")
    String openPastDue();


    @Message("Shipped, kg")
    String shippedKilograms();

    @Message("Total")
    String total();

    @Message("Download as CSV")
    String csv();

    @Message("Quantities in units other than mass, left out of the kilograms: {units}.")
    String unitsLeftOut(String units);

    @Message("Decisions of the period by working days from acceptance, against the limit of 45.")
    String distributionFigure();

    @Message("Within 45 working days")
    String withinLimitLegend();

    @Message("Past the limit")
    String pastLimitLegend();

    @Message("No time limit")
    String noTimeLimit();

    @Message("Working days")
    String workingDays();

    @Message("Decisions")
    String decisions();
}
