package io.exportpermits.permit.statistics;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** The statistics page in Chinese. */
@Localized("zh")
public interface StatisticsMessagesZh extends StatisticsMessages {
    @Override
    @Message("许可统计")
    String title();

    @Override
    @Message("{from} 至 {to} 期间许可制度的运行情况：作出决定的申请、决定用时与 45 个工作日时限的对比，以及出运情况。"
            + "任何数字都不会暴露某一出口经营者：由少于 3 家出口经营者构成、或某一家占 75% 及以上的数字不予公布，"
            + "并同时隐去足以推算出该数字的其他数字。数字最多滞后一分钟。")
    String summary(String from, String to);

    @Override
    @Message("每月决定数，按结果分列。")
    String decisionsFigure();

    @Override
    @Message("每月自受理至决定的工作日：中位数与第 90 百分位数，对比 45 个工作日时限。")
    String workingDaysFigure();

    @Override
    @Message("每月按元素分列的出运数量（千克）。")
    String shippedFigure();


    @Override
    @Message("批准")
    String approved();

    @Override
    @Message("不予许可")
    String refused();

    @Override
    @Message("撤回")
    String withdrawn();

    @Override
    @Message("中位数")
    String median();

    @Override
    @Message("第 90 百分位数")
    String p90();

    @Override
    @Message("时限：45 个工作日")
    String limit();

    @Override
    @Message("不予公布（×）")
    String withheldLegend();

    @Override
    @Message("不予公布")
    String withheld();

    @Override
    @Message("月份")
    String month();


    @Override
    @Message("未注明")
    String noElement();

    @Override
    @Message("收到")
    String received();

    @Override
    @Message("受理")
    String accepted();

    @Override
    @Message("批准率")
    String approvalRate();

    @Override
    @Message("45 日内决定")
    String withinLimit();

    @Override
    @Message("逾期未决")
    String openPastDue();


    @Override
    @Message("出运数量（千克）")
    String shippedKilograms();

    @Override
    @Message("合计")
    String total();

    @Override
    @Message("下载 CSV")
    String csv();

    @Override
    @Message("以非质量单位计的数量未计入千克数：{units}。")
    String unitsLeftOut(String units);

    @Override
    @Message("期间内的决定按自受理起的工作日分布，对比 45 个工作日时限。")
    String distributionFigure();

    @Override
    @Message("45 个工作日以内")
    String withinLimitLegend();

    @Override
    @Message("超过时限")
    String pastLimitLegend();

    @Override
    @Message("无时限")
    String noTimeLimit();

    @Override
    @Message("工作日")
    String workingDays();

    @Override
    @Message("决定数")
    String decisions();
}
