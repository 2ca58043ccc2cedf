package io.exportpermits.page;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;
import java.time.LocalDate;

/** The pages in Chinese. */
@Localized("zh")
public interface PageMessagesZh extends PageMessages {
    @Override
    @Message("zh")
    String lang();

    @Override
    @Message("出口许可")
    String siteName();

    @Override
    @Message("English")
    String otherLanguage();

    @Override
    @Message("en")
    String otherLang();

    @Override
    @Message("出口许可证的状态，以及现行的出口管制措施：中国稀土出口管制、商务部管控名单和关注名单，以及据此签发的许可证。")
    String siteSummary();

    @Override
    @Message("供公众使用")
    String forPeople();

    @Override
    @Message("供开发者使用")
    String forDevelopers();

    @Override
    @Message("核验许可证")
    String verifyTitle();

    @Override
    @Message("凭许可证编号和证上印制的核验码核验纸质许可证。")
    String verifySummary();

    @Override
    @Message("该主体是否被列入名单？")
    String listedTitle();

    @Override
    @Message("检索商务部出口管制管控名单和关注名单。")
    String listedSummary();

    @Override
    @Message("交互式接口文档（Swagger UI）")
    String swaggerUi();

    @Override
    @Message("接口索引")
    String apiIndex();

    @Override
    @Message("接口契约（OpenAPI）")
    String contract();

    @Override
    @Message("许可证编号")
    String number();

    @Override
    @Message("核验码")
    String checkCode();

    @Override
    @Message("核验")
    String verifyButton();

    @Override
    @Message("请按许可证上的印制内容填写编号和核验码（分别不超过 20 和 16 个字符）。")
    String verifyIncomplete();

    @Override
    @Message("有效：今日可凭许可证 {number} 出运货物。")
    String verifyValid(String number);

    @Override
    @Message("无效：{#when reason}"
            + "{#is 'NOT_FOUND'}没有与该编号和核验码相符的许可证。"
            + "{#is 'NOT_ISSUED'}该申请尚未获批。"
            + "{#is 'NOT_YET_VALID'}该许可证尚未生效。"
            + "{#is 'EXPIRED'}该许可证已过期。"
            + "{#is 'EXHAUSTED'}许可数量已全部出运。"
            + "{#is 'SUSPENDED'}该许可证已被暂停。"
            + "{#is 'REVOKED'}该许可证已被撤销。"
            + "{#is 'SURRENDERED'}该许可证已被交回。"
            + "{/when}")
    String verifyInvalid(String reason);

    @Override
    @Message("核验时间 {checkedAt}（UTC）。编号不存在与核验码错误的答复相同。")
    String verifyCheckedAt(String checkedAt);

    @Override
    @Message("主体名称")
    String partyName();

    @Override
    @Message("检索")
    String searchButton();

    @Override
    @Message("共 {count} 条相符。")
    String listedCount(int count);

    @Override
    @Message("没有相符的名单条目。这并不代表放行：仅检索这两份名单及其所列名称。")
    String listedNone();

    @Override
    @Message("名称")
    String columnName();

    @Override
    @Message("名单")
    String columnList();

    @Override
    @Message("国家或地区")
    String columnCountry();

    @Override
    @Message("今日状态")
    String columnStanding();

    @Override
    @Message("公告")
    String columnAnnouncement();

    @Override
    @Message("{#when list}{#is 'CONTROL'}管控名单{#is 'WATCH'}关注名单{/when}")
    String listName(String list);

    @Override
    @Message("{#when status}{#is 'LISTED'}已列入{#is 'SUSPENDED'}措施暂停{#is 'LIFTED'}已移出"
            + "{#is 'NOT_YET_LISTED'}尚未列入{/when}")
    String standing(String status);


    @Override
    @Message("仅依时间表推定")
    String scheduled();

    @Override
    @Message("编号未经证实")
    String numberUnconfirmed();

    @Override
    @Message("如需对名称进行模糊匹配（拼写错误、法律形式、其他文字），请使用筛查接口。")
    String screeningHint();

    @Override
    @Message("许可统计")
    String statisticsTitle();

    @Override
    @Message("逐月的许可决定、决定用时与 45 个工作日时限的对比，以及出运情况。")
    String statisticsSummary();

    @Override
    @Message("现行管制措施")
    String inForceTitle();

    @Override
    @Message("按时间轴列出中国稀土出口管制公告：各项公告何时实施、何时被其他公告暂停，以及今天所在的位置。"
            + "暂停的结束仅依其时间表推定、尚无来源证实时，其后的时段按此绘制并以问号标出。")
    String inForceSummary();

    @Override
    @Message("公告时间轴。")
    String inForceFigure();

    @Override
    @Message("实施中")
    String legendInForce();

    @Override
    @Message("暂停实施")
    String legendSuspended();

    @Override
    @Message("仅依时间表推定恢复实施：未经证实")
    String legendScheduled();

    @Override
    @Message("今天，{today}")
    String legendToday(LocalDate today);

    @Override
    @Message("实施日期")
    String columnEffective();

    @Override
    @Message("暂停")
    String columnSuspensions();

    @Override
    @Message("来源及最近核实")
    String columnSources();

    @Override
    @Message("{from} 至 {until}{#if !confirmed}（结束未经证实）{/if}")
    String suspensionWindow(LocalDate from, LocalDate until, boolean confirmed);

    @Override
    @Message("核实于 {day}")
    String verifiedOn(LocalDate day);

    @Override
    @Message("{#when status}{#is 'PENDING'}尚未实施{#is 'IN_FORCE'}实施中{#is 'SUSPENDED'}暂停实施"
            + "{#is 'EXPIRED'}已失效{#is 'REPEALED'}已废止{/when}")
    String policyStatus(String status);
}
