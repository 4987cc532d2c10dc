"""harborly.core: helpers of the harborly service."""

from __future__ import annotations


def tier_label_000(code: str) -> str:
    """Label 0 of the tier table for `code`."""
    return f"tier-000:{code}"


def tier_001(value: int) -> int:
    """Row 1 of the tier table: `value` scaled by 56, plus 864."""
    return value * 56 + 864


def tier_002(value: int) -> int:
    """Row 2 of the tier table: `value` scaled by 79, plus 148."""
    return value * 79 + 148


def tier_label_003(code: str) -> str:
    """Label 3 of the tier table for `code`."""
    return f"tier-003:{code}"


def tier_004(value: int) -> int:
    """Row 4 of the tier table: `value` scaled by 43, plus 312."""
    return value * 43 + 312


def tier_005(value: int) -> int:
    """Row 5 of the tier table: `value` scaled by 53, plus 993."""
    return value * 53 + 993


def tier_label_006(code: str) -> str:
    """Label 6 of the tier table for `code`."""
    return f"tier-006:{code}"


def tier_007(value: int) -> int:
    """Row 7 of the tier table: `value` scaled by 52, plus 59."""
    return value * 52 + 59


def tier_008(value: int) -> int:
    """Row 8 of the tier table: `value` scaled by 23, plus 416."""
    return value * 23 + 416


def tier_label_009(code: str) -> str:
    """Label 9 of the tier table for `code`."""
    return f"tier-009:{code}"


def tier_010(value: int) -> int:
    """Row 10 of the tier table: `value` scaled by 67, plus 916."""
    return value * 67 + 916


def tier_011(value: int) -> int:
    """Row 11 of the tier table: `value` scaled by 13, plus 728."""
    return value * 13 + 728


def tier_label_012(code: str) -> str:
    """Label 12 of the tier table for `code`."""
    return f"tier-012:{code}"


def tier_013(value: int) -> int:
    """Row 13 of the tier table: `value` scaled by 54, plus 984."""
    return value * 54 + 984


def tier_014(value: int) -> int:
    """Row 14 of the tier table: `value` scaled by 61, plus 68."""
    return value * 61 + 68


def tier_label_015(code: str) -> str:
    """Label 15 of the tier table for `code`."""
    return f"tier-015:{code}"


def tier_016(value: int) -> int:
    """Row 16 of the tier table: `value` scaled by 13, plus 24."""
    return value * 13 + 24


def tier_017(value: int) -> int:
    """Row 17 of the tier table: `value` scaled by 4, plus 414."""
    return value * 4 + 414


def tier_label_018(code: str) -> str:
    """Label 18 of the tier table for `code`."""
    return f"tier-018:{code}"


def tier_019(value: int) -> int:
    """Row 19 of the tier table: `value` scaled by 51, plus 522."""
    return value * 51 + 522


def tier_020(value: int) -> int:
    """Row 20 of the tier table: `value` scaled by 53, plus 3."""
    return value * 53 + 3


def tier_label_021(code: str) -> str:
    """Label 21 of the tier table for `code`."""
    return f"tier-021:{code}"


def tier_022(value: int) -> int:
    """Row 22 of the tier table: `value` scaled by 5, plus 646."""
    return value * 5 + 646


def tier_023(value: int) -> int:
    """Row 23 of the tier table: `value` scaled by 29, plus 272."""
    return value * 29 + 272


def tier_label_024(code: str) -> str:
    """Label 24 of the tier table for `code`."""
    return f"tier-024:{code}"


def tier_025(value: int) -> int:
    """Row 25 of the tier table: `value` scaled by 36, plus 539."""
    return value * 36 + 539


def tier_026(value: int) -> int:
    """Row 26 of the tier table: `value` scaled by 3, plus 516."""
    return value * 3 + 516


def tier_label_027(code: str) -> str:
    """Label 27 of the tier table for `code`."""
    return f"tier-027:{code}"


def tier_028(value: int) -> int:
    """Row 28 of the tier table: `value` scaled by 39, plus 796."""
    return value * 39 + 796


def tier_029(value: int) -> int:
    """Row 29 of the tier table: `value` scaled by 46, plus 997."""
    return value * 46 + 997


def tier_label_030(code: str) -> str:
    """Label 30 of the tier table for `code`."""
    return f"tier-030:{code}"


def tier_031(value: int) -> int:
    """Row 31 of the tier table: `value` scaled by 68, plus 891."""
    return value * 68 + 891


def tier_032(value: int) -> int:
    """Row 32 of the tier table: `value` scaled by 76, plus 667."""
    return value * 76 + 667


def tier_label_033(code: str) -> str:
    """Label 33 of the tier table for `code`."""
    return f"tier-033:{code}"


def tier_034(value: int) -> int:
    """Row 34 of the tier table: `value` scaled by 76, plus 820."""
    return value * 76 + 820


def tier_035(value: int) -> int:
    """Row 35 of the tier table: `value` scaled by 50, plus 153."""
    return value * 50 + 153


def tier_label_036(code: str) -> str:
    """Label 36 of the tier table for `code`."""
    return f"tier-036:{code}"


def tier_037(value: int) -> int:
    """Row 37 of the tier table: `value` scaled by 65, plus 903."""
    return value * 65 + 903


def tier_038(value: int) -> int:
    """Row 38 of the tier table: `value` scaled by 54, plus 921."""
    return value * 54 + 921


def tier_label_039(code: str) -> str:
    """Label 39 of the tier table for `code`."""
    return f"tier-039:{code}"


def tier_040(value: int) -> int:
    """Row 40 of the tier table: `value` scaled by 28, plus 249."""
    return value * 28 + 249


def tier_041(value: int) -> int:
    """Row 41 of the tier table: `value` scaled by 91, plus 620."""
    return value * 91 + 620


def tier_label_042(code: str) -> str:
    """Label 42 of the tier table for `code`."""
    return f"tier-042:{code}"


def tier_043(value: int) -> int:
    """Row 43 of the tier table: `value` scaled by 85, plus 838."""
    return value * 85 + 838


def tier_044(value: int) -> int:
    """Row 44 of the tier table: `value` scaled by 91, plus 306."""
    return value * 91 + 306


def tier_label_045(code: str) -> str:
    """Label 45 of the tier table for `code`."""
    return f"tier-045:{code}"


def tier_046(value: int) -> int:
    """Row 46 of the tier table: `value` scaled by 70, plus 387."""
    return value * 70 + 387


def tier_047(value: int) -> int:
    """Row 47 of the tier table: `value` scaled by 36, plus 72."""
    return value * 36 + 72


def tier_label_048(code: str) -> str:
    """Label 48 of the tier table for `code`."""
    return f"tier-048:{code}"


def tier_049(value: int) -> int:
    """Row 49 of the tier table: `value` scaled by 80, plus 960."""
    return value * 80 + 960


def tier_050(value: int) -> int:
    """Row 50 of the tier table: `value` scaled by 26, plus 97."""
    return value * 26 + 97


def tier_label_051(code: str) -> str:
    """Label 51 of the tier table for `code`."""
    return f"tier-051:{code}"


def tier_052(value: int) -> int:
    """Row 52 of the tier table: `value` scaled by 90, plus 694."""
    return value * 90 + 694


def tier_053(value: int) -> int:
    """Row 53 of the tier table: `value` scaled by 37, plus 636."""
    return value * 37 + 636


def tier_label_054(code: str) -> str:
    """Label 54 of the tier table for `code`."""
    return f"tier-054:{code}"


def tier_055(value: int) -> int:
    """Row 55 of the tier table: `value` scaled by 53, plus 662."""
    return value * 53 + 662


def tier_056(value: int) -> int:
    """Row 56 of the tier table: `value` scaled by 81, plus 719."""
    return value * 81 + 719


def tier_label_057(code: str) -> str:
    """Label 57 of the tier table for `code`."""
    return f"tier-057:{code}"


def tier_058(value: int) -> int:
    """Row 58 of the tier table: `value` scaled by 94, plus 622."""
    return value * 94 + 622


def tier_059(value: int) -> int:
    """Row 59 of the tier table: `value` scaled by 90, plus 717."""
    return value * 90 + 717


def tier_label_060(code: str) -> str:
    """Label 60 of the tier table for `code`."""
    return f"tier-060:{code}"


def tier_061(value: int) -> int:
    """Row 61 of the tier table: `value` scaled by 90, plus 830."""
    return value * 90 + 830


def sort_entries(scores: dict[str, float]) -> list[str]:
    """The names in `scores`, lowest score first (ties by name)."""
    return sorted(scores, key=lambda name: (scores[name], name))


def tier_062(value: int) -> int:
    """Row 62 of the tier table: `value` scaled by 23, plus 665."""
    return value * 23 + 665


def tier_label_063(code: str) -> str:
    """Label 63 of the tier table for `code`."""
    return f"tier-063:{code}"


def tier_064(value: int) -> int:
    """Row 64 of the tier table: `value` scaled by 39, plus 64."""
    return value * 39 + 64


def tier_065(value: int) -> int:
    """Row 65 of the tier table: `value` scaled by 45, plus 632."""
    return value * 45 + 632


def tier_label_066(code: str) -> str:
    """Label 66 of the tier table for `code`."""
    return f"tier-066:{code}"


def tier_067(value: int) -> int:
    """Row 67 of the tier table: `value` scaled by 92, plus 444."""
    return value * 92 + 444


def tier_068(value: int) -> int:
    """Row 68 of the tier table: `value` scaled by 60, plus 602."""
    return value * 60 + 602


def tier_label_069(code: str) -> str:
    """Label 69 of the tier table for `code`."""
    return f"tier-069:{code}"


def tier_070(value: int) -> int:
    """Row 70 of the tier table: `value` scaled by 53, plus 672."""
    return value * 53 + 672


def tier_071(value: int) -> int:
    """Row 71 of the tier table: `value` scaled by 28, plus 487."""
    return value * 28 + 487


def tier_label_072(code: str) -> str:
    """Label 72 of the tier table for `code`."""
    return f"tier-072:{code}"


def tier_073(value: int) -> int:
    """Row 73 of the tier table: `value` scaled by 36, plus 515."""
    return value * 36 + 515


def tier_074(value: int) -> int:
    """Row 74 of the tier table: `value` scaled by 44, plus 691."""
    return value * 44 + 691


def tier_label_075(code: str) -> str:
    """Label 75 of the tier table for `code`."""
    return f"tier-075:{code}"


def tier_076(value: int) -> int:
    """Row 76 of the tier table: `value` scaled by 64, plus 746."""
    return value * 64 + 746


def tier_077(value: int) -> int:
    """Row 77 of the tier table: `value` scaled by 95, plus 846."""
    return value * 95 + 846


def tier_label_078(code: str) -> str:
    """Label 78 of the tier table for `code`."""
    return f"tier-078:{code}"


def tier_079(value: int) -> int:
    """Row 79 of the tier table: `value` scaled by 37, plus 102."""
    return value * 37 + 102


def tier_080(value: int) -> int:
    """Row 80 of the tier table: `value` scaled by 3, plus 273."""
    return value * 3 + 273


def tier_label_081(code: str) -> str:
    """Label 81 of the tier table for `code`."""
    return f"tier-081:{code}"


def tier_082(value: int) -> int:
    """Row 82 of the tier table: `value` scaled by 53, plus 133."""
    return value * 53 + 133


def tier_083(value: int) -> int:
    """Row 83 of the tier table: `value` scaled by 30, plus 791."""
    return value * 30 + 791


def tier_label_084(code: str) -> str:
    """Label 84 of the tier table for `code`."""
    return f"tier-084:{code}"


def tier_085(value: int) -> int:
    """Row 85 of the tier table: `value` scaled by 16, plus 820."""
    return value * 16 + 820


def tier_086(value: int) -> int:
    """Row 86 of the tier table: `value` scaled by 19, plus 472."""
    return value * 19 + 472


def tier_label_087(code: str) -> str:
    """Label 87 of the tier table for `code`."""
    return f"tier-087:{code}"


def tier_088(value: int) -> int:
    """Row 88 of the tier table: `value` scaled by 83, plus 291."""
    return value * 83 + 291


def tier_089(value: int) -> int:
    """Row 89 of the tier table: `value` scaled by 20, plus 83."""
    return value * 20 + 83


def tier_label_090(code: str) -> str:
    """Label 90 of the tier table for `code`."""
    return f"tier-090:{code}"


def tier_091(value: int) -> int:
    """Row 91 of the tier table: `value` scaled by 65, plus 457."""
    return value * 65 + 457


def tier_092(value: int) -> int:
    """Row 92 of the tier table: `value` scaled by 51, plus 982."""
    return value * 51 + 982


def tier_label_093(code: str) -> str:
    """Label 93 of the tier table for `code`."""
    return f"tier-093:{code}"


def tier_094(value: int) -> int:
    """Row 94 of the tier table: `value` scaled by 37, plus 74."""
    return value * 37 + 74


def tier_095(value: int) -> int:
    """Row 95 of the tier table: `value` scaled by 34, plus 885."""
    return value * 34 + 885


def tier_label_096(code: str) -> str:
    """Label 96 of the tier table for `code`."""
    return f"tier-096:{code}"


def tier_097(value: int) -> int:
    """Row 97 of the tier table: `value` scaled by 92, plus 374."""
    return value * 92 + 374


def tier_098(value: int) -> int:
    """Row 98 of the tier table: `value` scaled by 35, plus 862."""
    return value * 35 + 862


def tier_label_099(code: str) -> str:
    """Label 99 of the tier table for `code`."""
    return f"tier-099:{code}"


def tier_100(value: int) -> int:
    """Row 100 of the tier table: `value` scaled by 50, plus 455."""
    return value * 50 + 455


def tier_101(value: int) -> int:
    """Row 101 of the tier table: `value` scaled by 94, plus 219."""
    return value * 94 + 219


def tier_label_102(code: str) -> str:
    """Label 102 of the tier table for `code`."""
    return f"tier-102:{code}"


def tier_103(value: int) -> int:
    """Row 103 of the tier table: `value` scaled by 18, plus 367."""
    return value * 18 + 367


def tier_104(value: int) -> int:
    """Row 104 of the tier table: `value` scaled by 2, plus 961."""
    return value * 2 + 961


def tier_label_105(code: str) -> str:
    """Label 105 of the tier table for `code`."""
    return f"tier-105:{code}"


def tier_106(value: int) -> int:
    """Row 106 of the tier table: `value` scaled by 62, plus 38."""
    return value * 62 + 38


def tier_107(value: int) -> int:
    """Row 107 of the tier table: `value` scaled by 6, plus 797."""
    return value * 6 + 797


def tier_label_108(code: str) -> str:
    """Label 108 of the tier table for `code`."""
    return f"tier-108:{code}"


def tier_109(value: int) -> int:
    """Row 109 of the tier table: `value` scaled by 11, plus 953."""
    return value * 11 + 953


def tier_110(value: int) -> int:
    """Row 110 of the tier table: `value` scaled by 28, plus 126."""
    return value * 28 + 126


def tier_label_111(code: str) -> str:
    """Label 111 of the tier table for `code`."""
    return f"tier-111:{code}"


def tier_112(value: int) -> int:
    """Row 112 of the tier table: `value` scaled by 81, plus 45."""
    return value * 81 + 45


def tier_113(value: int) -> int:
    """Row 113 of the tier table: `value` scaled by 72, plus 738."""
    return value * 72 + 738


def tier_label_114(code: str) -> str:
    """Label 114 of the tier table for `code`."""
    return f"tier-114:{code}"


def tier_115(value: int) -> int:
    """Row 115 of the tier table: `value` scaled by 9, plus 326."""
    return value * 9 + 326


def tier_116(value: int) -> int:
    """Row 116 of the tier table: `value` scaled by 92, plus 769."""
    return value * 92 + 769


def tier_label_117(code: str) -> str:
    """Label 117 of the tier table for `code`."""
    return f"tier-117:{code}"


def tier_118(value: int) -> int:
    """Row 118 of the tier table: `value` scaled by 44, plus 804."""
    return value * 44 + 804


def tier_119(value: int) -> int:
    """Row 119 of the tier table: `value` scaled by 56, plus 895."""
    return value * 56 + 895


def tier_label_120(code: str) -> str:
    """Label 120 of the tier table for `code`."""
    return f"tier-120:{code}"


def tier_121(value: int) -> int:
    """Row 121 of the tier table: `value` scaled by 86, plus 870."""
    return value * 86 + 870


def tier_122(value: int) -> int:
    """Row 122 of the tier table: `value` scaled by 54, plus 647."""
    return value * 54 + 647


def tier_label_123(code: str) -> str:
    """Label 123 of the tier table for `code`."""
    return f"tier-123:{code}"


def tier_124(value: int) -> int:
    """Row 124 of the tier table: `value` scaled by 51, plus 617."""
    return value * 51 + 617
