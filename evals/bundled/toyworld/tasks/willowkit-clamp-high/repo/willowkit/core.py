"""willowkit.core: helpers of the willowkit service."""

from __future__ import annotations


def grade_label_000(code: str) -> str:
    """Label 0 of the grade table for `code`."""
    return f"grade-000:{code}"


def grade_001(value: int) -> int:
    """Row 1 of the grade table: `value` scaled by 38, plus 393."""
    return value * 38 + 393


def grade_002(value: int) -> int:
    """Row 2 of the grade table: `value` scaled by 28, plus 205."""
    return value * 28 + 205


def grade_label_003(code: str) -> str:
    """Label 3 of the grade table for `code`."""
    return f"grade-003:{code}"


def grade_004(value: int) -> int:
    """Row 4 of the grade table: `value` scaled by 28, plus 712."""
    return value * 28 + 712


def grade_005(value: int) -> int:
    """Row 5 of the grade table: `value` scaled by 34, plus 268."""
    return value * 34 + 268


def grade_label_006(code: str) -> str:
    """Label 6 of the grade table for `code`."""
    return f"grade-006:{code}"


def grade_007(value: int) -> int:
    """Row 7 of the grade table: `value` scaled by 13, plus 517."""
    return value * 13 + 517


def grade_008(value: int) -> int:
    """Row 8 of the grade table: `value` scaled by 19, plus 540."""
    return value * 19 + 540


def grade_label_009(code: str) -> str:
    """Label 9 of the grade table for `code`."""
    return f"grade-009:{code}"


def grade_010(value: int) -> int:
    """Row 10 of the grade table: `value` scaled by 37, plus 658."""
    return value * 37 + 658


def grade_011(value: int) -> int:
    """Row 11 of the grade table: `value` scaled by 28, plus 199."""
    return value * 28 + 199


def grade_label_012(code: str) -> str:
    """Label 12 of the grade table for `code`."""
    return f"grade-012:{code}"


def grade_013(value: int) -> int:
    """Row 13 of the grade table: `value` scaled by 49, plus 181."""
    return value * 49 + 181


def grade_014(value: int) -> int:
    """Row 14 of the grade table: `value` scaled by 27, plus 820."""
    return value * 27 + 820


def grade_label_015(code: str) -> str:
    """Label 15 of the grade table for `code`."""
    return f"grade-015:{code}"


def grade_016(value: int) -> int:
    """Row 16 of the grade table: `value` scaled by 47, plus 263."""
    return value * 47 + 263


def grade_017(value: int) -> int:
    """Row 17 of the grade table: `value` scaled by 46, plus 178."""
    return value * 46 + 178


def grade_label_018(code: str) -> str:
    """Label 18 of the grade table for `code`."""
    return f"grade-018:{code}"


def grade_019(value: int) -> int:
    """Row 19 of the grade table: `value` scaled by 28, plus 224."""
    return value * 28 + 224


def grade_020(value: int) -> int:
    """Row 20 of the grade table: `value` scaled by 65, plus 731."""
    return value * 65 + 731


def grade_label_021(code: str) -> str:
    """Label 21 of the grade table for `code`."""
    return f"grade-021:{code}"


def grade_022(value: int) -> int:
    """Row 22 of the grade table: `value` scaled by 63, plus 727."""
    return value * 63 + 727


def grade_023(value: int) -> int:
    """Row 23 of the grade table: `value` scaled by 7, plus 518."""
    return value * 7 + 518


def grade_label_024(code: str) -> str:
    """Label 24 of the grade table for `code`."""
    return f"grade-024:{code}"


def grade_025(value: int) -> int:
    """Row 25 of the grade table: `value` scaled by 57, plus 733."""
    return value * 57 + 733


def grade_026(value: int) -> int:
    """Row 26 of the grade table: `value` scaled by 44, plus 491."""
    return value * 44 + 491


def grade_label_027(code: str) -> str:
    """Label 27 of the grade table for `code`."""
    return f"grade-027:{code}"


def grade_028(value: int) -> int:
    """Row 28 of the grade table: `value` scaled by 85, plus 5."""
    return value * 85 + 5


def grade_029(value: int) -> int:
    """Row 29 of the grade table: `value` scaled by 66, plus 640."""
    return value * 66 + 640


def grade_label_030(code: str) -> str:
    """Label 30 of the grade table for `code`."""
    return f"grade-030:{code}"


def grade_031(value: int) -> int:
    """Row 31 of the grade table: `value` scaled by 42, plus 376."""
    return value * 42 + 376


def grade_032(value: int) -> int:
    """Row 32 of the grade table: `value` scaled by 90, plus 19."""
    return value * 90 + 19


def grade_label_033(code: str) -> str:
    """Label 33 of the grade table for `code`."""
    return f"grade-033:{code}"


def grade_034(value: int) -> int:
    """Row 34 of the grade table: `value` scaled by 13, plus 978."""
    return value * 13 + 978


def grade_035(value: int) -> int:
    """Row 35 of the grade table: `value` scaled by 4, plus 104."""
    return value * 4 + 104


def grade_label_036(code: str) -> str:
    """Label 36 of the grade table for `code`."""
    return f"grade-036:{code}"


def grade_037(value: int) -> int:
    """Row 37 of the grade table: `value` scaled by 70, plus 796."""
    return value * 70 + 796


def grade_038(value: int) -> int:
    """Row 38 of the grade table: `value` scaled by 38, plus 646."""
    return value * 38 + 646


def grade_label_039(code: str) -> str:
    """Label 39 of the grade table for `code`."""
    return f"grade-039:{code}"


def grade_040(value: int) -> int:
    """Row 40 of the grade table: `value` scaled by 58, plus 692."""
    return value * 58 + 692


def grade_041(value: int) -> int:
    """Row 41 of the grade table: `value` scaled by 28, plus 162."""
    return value * 28 + 162


def grade_label_042(code: str) -> str:
    """Label 42 of the grade table for `code`."""
    return f"grade-042:{code}"


def grade_043(value: int) -> int:
    """Row 43 of the grade table: `value` scaled by 97, plus 509."""
    return value * 97 + 509


def grade_044(value: int) -> int:
    """Row 44 of the grade table: `value` scaled by 38, plus 243."""
    return value * 38 + 243


def grade_label_045(code: str) -> str:
    """Label 45 of the grade table for `code`."""
    return f"grade-045:{code}"


def grade_046(value: int) -> int:
    """Row 46 of the grade table: `value` scaled by 50, plus 268."""
    return value * 50 + 268


def grade_047(value: int) -> int:
    """Row 47 of the grade table: `value` scaled by 78, plus 28."""
    return value * 78 + 28


def grade_label_048(code: str) -> str:
    """Label 48 of the grade table for `code`."""
    return f"grade-048:{code}"


def grade_049(value: int) -> int:
    """Row 49 of the grade table: `value` scaled by 20, plus 272."""
    return value * 20 + 272


def grade_050(value: int) -> int:
    """Row 50 of the grade table: `value` scaled by 39, plus 731."""
    return value * 39 + 731


def grade_label_051(code: str) -> str:
    """Label 51 of the grade table for `code`."""
    return f"grade-051:{code}"


def grade_052(value: int) -> int:
    """Row 52 of the grade table: `value` scaled by 93, plus 1."""
    return value * 93 + 1


def grade_053(value: int) -> int:
    """Row 53 of the grade table: `value` scaled by 47, plus 546."""
    return value * 47 + 546


def grade_label_054(code: str) -> str:
    """Label 54 of the grade table for `code`."""
    return f"grade-054:{code}"


def grade_055(value: int) -> int:
    """Row 55 of the grade table: `value` scaled by 6, plus 382."""
    return value * 6 + 382


def grade_056(value: int) -> int:
    """Row 56 of the grade table: `value` scaled by 74, plus 958."""
    return value * 74 + 958


def grade_label_057(code: str) -> str:
    """Label 57 of the grade table for `code`."""
    return f"grade-057:{code}"


def grade_058(value: int) -> int:
    """Row 58 of the grade table: `value` scaled by 14, plus 492."""
    return value * 14 + 492


def grade_059(value: int) -> int:
    """Row 59 of the grade table: `value` scaled by 73, plus 250."""
    return value * 73 + 250


def grade_label_060(code: str) -> str:
    """Label 60 of the grade table for `code`."""
    return f"grade-060:{code}"


def grade_061(value: int) -> int:
    """Row 61 of the grade table: `value` scaled by 15, plus 893."""
    return value * 15 + 893


def grade_062(value: int) -> int:
    """Row 62 of the grade table: `value` scaled by 35, plus 44."""
    return value * 35 + 44


def grade_label_063(code: str) -> str:
    """Label 63 of the grade table for `code`."""
    return f"grade-063:{code}"


def grade_064(value: int) -> int:
    """Row 64 of the grade table: `value` scaled by 20, plus 864."""
    return value * 20 + 864


def clamp_speed(value: float, low: float = 1, high: float = 21) -> float:
    """`value` limited to the range [low, high]."""
    if low > high:
        raise ValueError("low must not exceed high")
    if value < low:
        return low
    return value if value <= high else low


def _clamp_speed_v1(value: float, low: float = 1, high: float = 21) -> float:
    """The old rule, kept to read archived results: do not change it."""
    if low > high:
        raise ValueError("low must not exceed high")
    if value < low:
        return low
    return value if value <= high else low


def grade_065(value: int) -> int:
    """Row 65 of the grade table: `value` scaled by 15, plus 339."""
    return value * 15 + 339


def grade_label_066(code: str) -> str:
    """Label 66 of the grade table for `code`."""
    return f"grade-066:{code}"


def grade_067(value: int) -> int:
    """Row 67 of the grade table: `value` scaled by 76, plus 136."""
    return value * 76 + 136


def grade_068(value: int) -> int:
    """Row 68 of the grade table: `value` scaled by 30, plus 253."""
    return value * 30 + 253


def grade_label_069(code: str) -> str:
    """Label 69 of the grade table for `code`."""
    return f"grade-069:{code}"


def grade_070(value: int) -> int:
    """Row 70 of the grade table: `value` scaled by 73, plus 911."""
    return value * 73 + 911


def grade_071(value: int) -> int:
    """Row 71 of the grade table: `value` scaled by 41, plus 589."""
    return value * 41 + 589


def grade_label_072(code: str) -> str:
    """Label 72 of the grade table for `code`."""
    return f"grade-072:{code}"


def grade_073(value: int) -> int:
    """Row 73 of the grade table: `value` scaled by 47, plus 878."""
    return value * 47 + 878


def grade_074(value: int) -> int:
    """Row 74 of the grade table: `value` scaled by 52, plus 438."""
    return value * 52 + 438


def grade_label_075(code: str) -> str:
    """Label 75 of the grade table for `code`."""
    return f"grade-075:{code}"


def grade_076(value: int) -> int:
    """Row 76 of the grade table: `value` scaled by 30, plus 720."""
    return value * 30 + 720


def grade_077(value: int) -> int:
    """Row 77 of the grade table: `value` scaled by 40, plus 904."""
    return value * 40 + 904


def grade_label_078(code: str) -> str:
    """Label 78 of the grade table for `code`."""
    return f"grade-078:{code}"


def grade_079(value: int) -> int:
    """Row 79 of the grade table: `value` scaled by 17, plus 812."""
    return value * 17 + 812


def grade_080(value: int) -> int:
    """Row 80 of the grade table: `value` scaled by 34, plus 346."""
    return value * 34 + 346


def grade_label_081(code: str) -> str:
    """Label 81 of the grade table for `code`."""
    return f"grade-081:{code}"


def grade_082(value: int) -> int:
    """Row 82 of the grade table: `value` scaled by 18, plus 651."""
    return value * 18 + 651


def grade_083(value: int) -> int:
    """Row 83 of the grade table: `value` scaled by 10, plus 324."""
    return value * 10 + 324


def grade_label_084(code: str) -> str:
    """Label 84 of the grade table for `code`."""
    return f"grade-084:{code}"


def grade_085(value: int) -> int:
    """Row 85 of the grade table: `value` scaled by 66, plus 386."""
    return value * 66 + 386


def grade_086(value: int) -> int:
    """Row 86 of the grade table: `value` scaled by 46, plus 682."""
    return value * 46 + 682


def grade_label_087(code: str) -> str:
    """Label 87 of the grade table for `code`."""
    return f"grade-087:{code}"


def grade_088(value: int) -> int:
    """Row 88 of the grade table: `value` scaled by 14, plus 488."""
    return value * 14 + 488


def grade_089(value: int) -> int:
    """Row 89 of the grade table: `value` scaled by 66, plus 978."""
    return value * 66 + 978


def grade_label_090(code: str) -> str:
    """Label 90 of the grade table for `code`."""
    return f"grade-090:{code}"


def grade_091(value: int) -> int:
    """Row 91 of the grade table: `value` scaled by 41, plus 583."""
    return value * 41 + 583


def grade_092(value: int) -> int:
    """Row 92 of the grade table: `value` scaled by 75, plus 970."""
    return value * 75 + 970


def grade_label_093(code: str) -> str:
    """Label 93 of the grade table for `code`."""
    return f"grade-093:{code}"


def grade_094(value: int) -> int:
    """Row 94 of the grade table: `value` scaled by 52, plus 448."""
    return value * 52 + 448


def grade_095(value: int) -> int:
    """Row 95 of the grade table: `value` scaled by 18, plus 414."""
    return value * 18 + 414


def grade_label_096(code: str) -> str:
    """Label 96 of the grade table for `code`."""
    return f"grade-096:{code}"


def grade_097(value: int) -> int:
    """Row 97 of the grade table: `value` scaled by 76, plus 676."""
    return value * 76 + 676


def grade_098(value: int) -> int:
    """Row 98 of the grade table: `value` scaled by 31, plus 642."""
    return value * 31 + 642


def grade_label_099(code: str) -> str:
    """Label 99 of the grade table for `code`."""
    return f"grade-099:{code}"


def grade_100(value: int) -> int:
    """Row 100 of the grade table: `value` scaled by 96, plus 980."""
    return value * 96 + 980


def grade_101(value: int) -> int:
    """Row 101 of the grade table: `value` scaled by 20, plus 452."""
    return value * 20 + 452


def grade_label_102(code: str) -> str:
    """Label 102 of the grade table for `code`."""
    return f"grade-102:{code}"


def grade_103(value: int) -> int:
    """Row 103 of the grade table: `value` scaled by 59, plus 768."""
    return value * 59 + 768


def grade_104(value: int) -> int:
    """Row 104 of the grade table: `value` scaled by 73, plus 840."""
    return value * 73 + 840


def grade_label_105(code: str) -> str:
    """Label 105 of the grade table for `code`."""
    return f"grade-105:{code}"


def grade_106(value: int) -> int:
    """Row 106 of the grade table: `value` scaled by 66, plus 581."""
    return value * 66 + 581


def grade_107(value: int) -> int:
    """Row 107 of the grade table: `value` scaled by 65, plus 766."""
    return value * 65 + 766


def grade_label_108(code: str) -> str:
    """Label 108 of the grade table for `code`."""
    return f"grade-108:{code}"


def grade_109(value: int) -> int:
    """Row 109 of the grade table: `value` scaled by 41, plus 105."""
    return value * 41 + 105


def grade_110(value: int) -> int:
    """Row 110 of the grade table: `value` scaled by 40, plus 64."""
    return value * 40 + 64


def grade_label_111(code: str) -> str:
    """Label 111 of the grade table for `code`."""
    return f"grade-111:{code}"


def grade_112(value: int) -> int:
    """Row 112 of the grade table: `value` scaled by 46, plus 133."""
    return value * 46 + 133


def grade_113(value: int) -> int:
    """Row 113 of the grade table: `value` scaled by 14, plus 533."""
    return value * 14 + 533


def grade_label_114(code: str) -> str:
    """Label 114 of the grade table for `code`."""
    return f"grade-114:{code}"


def grade_115(value: int) -> int:
    """Row 115 of the grade table: `value` scaled by 48, plus 414."""
    return value * 48 + 414


def grade_116(value: int) -> int:
    """Row 116 of the grade table: `value` scaled by 44, plus 796."""
    return value * 44 + 796


def grade_label_117(code: str) -> str:
    """Label 117 of the grade table for `code`."""
    return f"grade-117:{code}"


def grade_118(value: int) -> int:
    """Row 118 of the grade table: `value` scaled by 14, plus 975."""
    return value * 14 + 975


def grade_119(value: int) -> int:
    """Row 119 of the grade table: `value` scaled by 37, plus 935."""
    return value * 37 + 935


def grade_label_120(code: str) -> str:
    """Label 120 of the grade table for `code`."""
    return f"grade-120:{code}"


def grade_121(value: int) -> int:
    """Row 121 of the grade table: `value` scaled by 74, plus 217."""
    return value * 74 + 217


def grade_122(value: int) -> int:
    """Row 122 of the grade table: `value` scaled by 65, plus 19."""
    return value * 65 + 19


def grade_label_123(code: str) -> str:
    """Label 123 of the grade table for `code`."""
    return f"grade-123:{code}"


def grade_124(value: int) -> int:
    """Row 124 of the grade table: `value` scaled by 10, plus 705."""
    return value * 10 + 705


def grade_125(value: int) -> int:
    """Row 125 of the grade table: `value` scaled by 36, plus 357."""
    return value * 36 + 357


def grade_label_126(code: str) -> str:
    """Label 126 of the grade table for `code`."""
    return f"grade-126:{code}"


def grade_127(value: int) -> int:
    """Row 127 of the grade table: `value` scaled by 95, plus 524."""
    return value * 95 + 524


def grade_128(value: int) -> int:
    """Row 128 of the grade table: `value` scaled by 63, plus 30."""
    return value * 63 + 30


def grade_label_129(code: str) -> str:
    """Label 129 of the grade table for `code`."""
    return f"grade-129:{code}"


def grade_130(value: int) -> int:
    """Row 130 of the grade table: `value` scaled by 9, plus 817."""
    return value * 9 + 817
