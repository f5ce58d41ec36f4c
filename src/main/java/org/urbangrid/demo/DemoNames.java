package org.urbangrid.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Chinese personal names for the demo staff, drawn from common surnames (by frequency, commonest first and more
 * often) and common given names by a seeded random source: the same seed gives the same people on every start,
 * and no name is given twice (nor any of the names already taken, such as the demo accounts').
 */
final class DemoNames {

    static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙",
            "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹",
            "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁",
            "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金", "石", "廖", "贾", "夏", "付", "方",
            "白", "邹", "孟", "熊", "秦", "邱", "江", "尹", "薛", "段", "雷", "侯", "龙", "史", "陶", "贺", "顾", "毛");

    static final List<String> GIVEN_NAMES = List.of("建国", "秀英", "桂英", "志强", "秀兰", "建华", "建军", "国强",
            "玉兰", "海燕", "丽娟", "红梅", "春梅", "志刚", "永刚", "宏伟", "晓东", "雪梅", "立新", "振华", "国华", "红霞",
            "建平", "淑珍", "凤英", "德明", "卫东", "晓燕", "俊杰", "文静", "海涛", "晓明", "婷婷", "丽华", "玉梅", "金凤",
            "成龙", "新民", "春燕", "玉珍", "明辉", "丽萍", "志勇", "文华", "晓丽", "海峰", "宇航", "子涵", "浩然", "欣怡",
            "雨萱", "梓轩", "思远", "一鸣", "佳怡", "诗雨", "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋",
            "勇", "艳", "杰", "娟", "涛", "明", "超", "霞", "平", "刚", "鹏", "辉", "玲", "斌", "波", "宁", "帅", "琳");

    private final Random random;
    private final Set<String> taken = new HashSet<>();

    DemoNames(long seed, Set<String> taken) {
        this.random = new Random(seed);
        this.taken.addAll(taken);
    }

    /** The next name: a surname (the commoner more likely) and a given name, not given before. */
    String next() {
        for (int attempt = 0; attempt < 10_000; attempt++) {
            // the square skews towards the list's head, as real surnames are skewed towards 王, 李, 张 …
            double u = random.nextDouble();
            var surname = SURNAMES.get((int) (u * u * SURNAMES.size()));
            var name = surname + GIVEN_NAMES.get(random.nextInt(GIVEN_NAMES.size()));
            if (taken.add(name)) {
                return name;
            }
        }
        throw new IllegalStateException("no unused demo name left");
    }
}
