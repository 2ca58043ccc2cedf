package io.exportpermits.page;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.time.LocalDate;

/** The words of the pages, in English; {@link PageMessagesZh} has them in Chinese. */
@MessageBundle("msg")
public interface PageMessages {
    @Message("en")
    String lang();

    @Message("Export permits")
    String siteName();

    @Message("中文")
    String otherLanguage();

    @Message("zh")
    String otherLang();

    @Message("Where an export permit stands, and which export restrictions are in force: China's rare-earth export "
            + "controls, MOFCOM's control and watch lists, and the licences issued under them.")
    String siteSummary();

    @Message("For people")
    String forPeople();

    @Message("For developers")
    String forDevelopers();

    @Message("Verify a licence")
    String verifyTitle();

    @Message("Check a printed licence by its number and the check code printed on it.")
    String verifySummary();

    @Message("Is this party listed?")
    String listedTitle();

    @Message("Search MOFCOM's export control list and watch list.")
    String listedSummary();

    @Message("Licensing in figures")
    String statisticsTitle();

    @Message("Decisions, how long they took against the 45-working-day limit, and what was shipped, month by month.")
    String statisticsSummary();

    @Message("Interactive API documentation (Swagger UI)")
    String swaggerUi();

    @Message("The API index")
    String apiIndex();

    @Message("The contract (OpenAPI)")
    String contract();

    @Message("Licence number")
    String number();

    @Message("Check code")
    String checkCode();

    @Message("Verify")
    String verifyButton();

    @Message("Both the number and the check code are needed, as printed on the licence (up to 20 and 16 characters).")
    String verifyIncomplete();

    @Message("Valid: goods may be shipped against licence {number} today.")
    String verifyValid(String number);

    @Message("Not valid: {#when reason}"
            + "{#is 'NOT_FOUND'}no licence has this number and check code."
            + "{#is 'NOT_ISSUED'}the application has not been approved."
            + "{#is 'NOT_YET_VALID'}the licence is not valid yet."
            + "{#is 'EXPIRED'}the licence has expired."
            + "{#is 'EXHAUSTED'}the licensed quantities have been shipped."
            + "{#is 'SUSPENDED'}the licence is suspended."
            + "{#is 'REVOKED'}the licence was revoked."
            + "{#is 'SURRENDERED'}the licence was surrendered."
            + "{/when}")
    String verifyInvalid(String reason);

    @Message("Checked at {checkedAt} (UTC). An unknown number and a wrong check code give the same answer.")
    String verifyCheckedAt(String checkedAt);

    @Message("Name of the party")
    String partyName();

    @Message("Search")
    String searchButton();

    @Message("{count} listings match.")
    String listedCount(int count);

    @Message("No listing matches. This is not a clearance: only these two lists and the names they give are searched.")
    String listedNone();

    @Message("Name")
    String columnName();

    @Message("List")
    String columnList();

    @Message("Country")
    String columnCountry();

    @Message("Standing today")
    String columnStanding();

    @Message("Announcement")
    String columnAnnouncement();

    @Message("{#when list}{#is 'CONTROL'}Control list{#is 'WATCH'}Watch list{/when}")
    String listName(String list);

    @Message("{#when status}{#is 'LISTED'}Listed{#is 'SUSPENDED'}Suspended{#is 'LIFTED'}Lifted"
            + "{#is 'NOT_YET_LISTED'}Not yet listed{/when}")
    String standing(String status);


    @Message("by schedule only")
    String scheduled();

    @Message("number not confirmed")
    String numberUnconfirmed();

    @Message("For fuzzy matching of names (typos, legal forms, other scripts), use the screening API.")
    String screeningHint();

    @Message("What is in force")
    String inForceTitle();

    @Message("China's rare-earth export control announcements on a time axis: when each applies, when another "
            + "announcement suspended it, and today. Where a suspension's end rests on its schedule and no source "
            + "confirms it, the time after it is drawn as such and marked with a question mark.")
    String inForceSummary();

    @Message("The announcements on a time axis.")
    String inForceFigure();

    @Message("In force")
    String legendInForce();

    @Message("Suspended")
    String legendSuspended();

    @Message("In force again by schedule only: not confirmed")
    String legendScheduled();

    @Message("Today, {today}")
    String legendToday(LocalDate today);

    @Message("In force from")
    String columnEffective();

    @Message("Suspensions")
    String columnSuspensions();

    @Message("Sources and last check")
    String columnSources();

    @Message("{from} to {until}{#if !confirmed} (end not confirmed){/if}")
    String suspensionWindow(LocalDate from, LocalDate until, boolean confirmed);

    @Message("checked {day}")
    String verifiedOn(LocalDate day);

    @Message("{#when status}{#is 'PENDING'}Not yet in force{#is 'IN_FORCE'}In force{#is 'SUSPENDED'}Suspended"
            + "{#is 'EXPIRED'}Expired{#is 'REPEALED'}Repealed{/when}")
    String policyStatus(String status);
}
