package io.litindex.ingest.markdown;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Table headers {@link TableReader#role} does not know by their words, read as the column they name: a header with a
 * remark in brackets after its name ("Title (Link)", "Paper (PDF)", "Code (GitHub)") is the column its name is, and a
 * header written in Chinese, Japanese or Korean ("标题", "日期", "会议/期刊", "タイトル", "제목") the column its words
 * name. Any other header stays {@link TableReader.Role#OTHER}.
 */
final class HeaderVariants {
    /** A name, then a remark in round, full-width or square brackets ending the header. */
    private static final Pattern REMARK = Pattern.compile("^\\s*(.*?\\p{L}.*?)\\s*[(（\\[][^()（）\\[\\]]*[)）\\]]\\s*$");

    /** Header words in Chinese, Japanese and Korean, spaces and punctuation left out, with the column each names. */
    private static final Map<String, TableReader.Role> CJK = Map.ofEntries(
            Map.entry("标题", TableReader.Role.TITLE), Map.entry("標題", TableReader.Role.TITLE),
            Map.entry("题目", TableReader.Role.TITLE), Map.entry("題目", TableReader.Role.TITLE),
            Map.entry("论文标题", TableReader.Role.TITLE), Map.entry("論文標題", TableReader.Role.TITLE),
            Map.entry("论文题目", TableReader.Role.TITLE), Map.entry("论文名称", TableReader.Role.TITLE),
            Map.entry("论文名", TableReader.Role.TITLE), Map.entry("文章标题", TableReader.Role.TITLE),
            Map.entry("タイトル", TableReader.Role.TITLE), Map.entry("論文タイトル", TableReader.Role.TITLE),
            Map.entry("論文名", TableReader.Role.TITLE), Map.entry("제목", TableReader.Role.TITLE),
            Map.entry("논문제목", TableReader.Role.TITLE), Map.entry("논문명", TableReader.Role.TITLE),
            Map.entry("论文", TableReader.Role.PAPER), Map.entry("論文", TableReader.Role.PAPER),
            Map.entry("논문", TableReader.Role.PAPER), Map.entry("论文链接", TableReader.Role.PAPER),
            Map.entry("论文地址", TableReader.Role.PAPER), Map.entry("論文リンク", TableReader.Role.PAPER),
            Map.entry("논문링크", TableReader.Role.PAPER),
            Map.entry("名称", TableReader.Role.NAME), Map.entry("名稱", TableReader.Role.NAME),
            Map.entry("名前", TableReader.Role.NAME), Map.entry("이름", TableReader.Role.NAME),
            Map.entry("模型", TableReader.Role.ALIAS), Map.entry("方法", TableReader.Role.ALIAS),
            Map.entry("模型名称", TableReader.Role.ALIAS), Map.entry("手法", TableReader.Role.ALIAS),
            Map.entry("モデル", TableReader.Role.ALIAS), Map.entry("모델", TableReader.Role.ALIAS),
            Map.entry("방법", TableReader.Role.ALIAS),
            Map.entry("会议", TableReader.Role.VENUE), Map.entry("會議", TableReader.Role.VENUE),
            Map.entry("期刊", TableReader.Role.VENUE), Map.entry("会议期刊", TableReader.Role.VENUE),
            Map.entry("期刊会议", TableReader.Role.VENUE), Map.entry("发表", TableReader.Role.VENUE),
            Map.entry("发表于", TableReader.Role.VENUE), Map.entry("出处", TableReader.Role.VENUE),
            Map.entry("来源", TableReader.Role.VENUE), Map.entry("收录", TableReader.Role.VENUE),
            Map.entry("学会", TableReader.Role.VENUE), Map.entry("会議", TableReader.Role.VENUE),
            Map.entry("掲載", TableReader.Role.VENUE), Map.entry("掲載先", TableReader.Role.VENUE),
            Map.entry("학회", TableReader.Role.VENUE), Map.entry("저널", TableReader.Role.VENUE),
            Map.entry("학회저널", TableReader.Role.VENUE), Map.entry("게재", TableReader.Role.VENUE),
            Map.entry("日期", TableReader.Role.DATE), Map.entry("时间", TableReader.Role.DATE),
            Map.entry("時間", TableReader.Role.DATE), Map.entry("发布时间", TableReader.Role.DATE),
            Map.entry("发表时间", TableReader.Role.DATE), Map.entry("发布日期", TableReader.Role.DATE),
            Map.entry("日付", TableReader.Role.DATE), Map.entry("날짜", TableReader.Role.DATE),
            Map.entry("年份", TableReader.Role.YEAR), Map.entry("年", TableReader.Role.YEAR),
            Map.entry("年度", TableReader.Role.YEAR), Map.entry("发表年份", TableReader.Role.YEAR),
            Map.entry("연도", TableReader.Role.YEAR), Map.entry("년도", TableReader.Role.YEAR),
            Map.entry("代码", TableReader.Role.CODE), Map.entry("代碼", TableReader.Role.CODE),
            Map.entry("源码", TableReader.Role.CODE), Map.entry("代码链接", TableReader.Role.CODE),
            Map.entry("コード", TableReader.Role.CODE), Map.entry("코드", TableReader.Role.CODE),
            Map.entry("链接", TableReader.Role.LINK), Map.entry("鏈接", TableReader.Role.LINK),
            Map.entry("主页", TableReader.Role.LINK), Map.entry("项目主页", TableReader.Role.LINK),
            Map.entry("リンク", TableReader.Role.LINK), Map.entry("링크", TableReader.Role.LINK),
            Map.entry("备注", TableReader.Role.NOTE), Map.entry("说明", TableReader.Role.NOTE),
            Map.entry("简介", TableReader.Role.NOTE), Map.entry("摘要", TableReader.Role.NOTE),
            Map.entry("描述", TableReader.Role.NOTE), Map.entry("概要", TableReader.Role.NOTE),
            Map.entry("备考", TableReader.Role.NOTE), Map.entry("備考", TableReader.Role.NOTE),
            Map.entry("비고", TableReader.Role.NOTE), Map.entry("요약", TableReader.Role.NOTE),
            Map.entry("作者", TableReader.Role.AUTHORS), Map.entry("著者", TableReader.Role.AUTHORS),
            Map.entry("저자", TableReader.Role.AUTHORS),
            Map.entry("序号", TableReader.Role.ORDINAL), Map.entry("编号", TableReader.Role.ORDINAL),
            Map.entry("番号", TableReader.Role.ORDINAL), Map.entry("번호", TableReader.Role.ORDINAL),
            Map.entry("机构", TableReader.Role.AFFILIATION), Map.entry("单位", TableReader.Role.AFFILIATION),
            Map.entry("所属", TableReader.Role.AFFILIATION), Map.entry("소속", TableReader.Role.AFFILIATION));

    private HeaderVariants() {}

    /**
     * The column a header {@link TableReader#role} read as {@link TableReader.Role#OTHER} names after all.
     *
     * @param header the header cell's text as written
     * @return its role, {@link TableReader.Role#OTHER} when it names none
     */
    static TableReader.Role role(String header) {
        if (header == null) {
            return TableReader.Role.OTHER;
        }
        Matcher m = REMARK.matcher(header);
        if (m.matches() && !m.group(1).equals(header.strip())) {
            TableReader.Role named = TableReader.role(m.group(1));
            if (named != TableReader.Role.OTHER) {
                return named;
            }
        }
        String compact = header.replaceAll("[^\\p{L}\\p{N}]", "");
        if (!compact.isEmpty() && compact.codePoints().allMatch(HeaderVariants::cjk)) {
            return CJK.getOrDefault(compact, TableReader.Role.OTHER);
        }
        return TableReader.Role.OTHER;
    }

    /** True for a Chinese, Japanese or Korean letter. */
    private static boolean cjk(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL;
    }
}
