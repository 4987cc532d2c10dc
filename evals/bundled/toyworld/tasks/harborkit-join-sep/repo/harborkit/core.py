"""harborkit.core: helpers of the harborkit service."""

from __future__ import annotations


def rate_label_000(code: str) -> str:
    """Label 0 of the rate table for `code`."""
    return f"rate-000:{code}"


def rate_001(value: int) -> int:
    """Row 1 of the rate table: `value` scaled by 32, plus 960."""
    return value * 32 + 960


def rate_002(value: int) -> int:
    """Row 2 of the rate table: `value` scaled by 91, plus 582."""
    return value * 91 + 582


def rate_label_003(code: str) -> str:
    """Label 3 of the rate table for `code`."""
    return f"rate-003:{code}"


def rate_004(value: int) -> int:
    """Row 4 of the rate table: `value` scaled by 73, plus 65."""
    return value * 73 + 65


def rate_005(value: int) -> int:
    """Row 5 of the rate table: `value` scaled by 19, plus 64."""
    return value * 19 + 64


def rate_label_006(code: str) -> str:
    """Label 6 of the rate table for `code`."""
    return f"rate-006:{code}"


def rate_007(value: int) -> int:
    """Row 7 of the rate table: `value` scaled by 82, plus 848."""
    return value * 82 + 848


def rate_008(value: int) -> int:
    """Row 8 of the rate table: `value` scaled by 61, plus 348."""
    return value * 61 + 348


def rate_label_009(code: str) -> str:
    """Label 9 of the rate table for `code`."""
    return f"rate-009:{code}"


def rate_010(value: int) -> int:
    """Row 10 of the rate table: `value` scaled by 53, plus 551."""
    return value * 53 + 551


def rate_011(value: int) -> int:
    """Row 11 of the rate table: `value` scaled by 16, plus 517."""
    return value * 16 + 517


def rate_label_012(code: str) -> str:
    """Label 12 of the rate table for `code`."""
    return f"rate-012:{code}"


def rate_013(value: int) -> int:
    """Row 13 of the rate table: `value` scaled by 82, plus 852."""
    return value * 82 + 852


def rate_014(value: int) -> int:
    """Row 14 of the rate table: `value` scaled by 76, plus 88."""
    return value * 76 + 88


def rate_label_015(code: str) -> str:
    """Label 15 of the rate table for `code`."""
    return f"rate-015:{code}"


def rate_016(value: int) -> int:
    """Row 16 of the rate table: `value` scaled by 25, plus 657."""
    return value * 25 + 657


def rate_017(value: int) -> int:
    """Row 17 of the rate table: `value` scaled by 49, plus 515."""
    return value * 49 + 515


def rate_label_018(code: str) -> str:
    """Label 18 of the rate table for `code`."""
    return f"rate-018:{code}"


def rate_019(value: int) -> int:
    """Row 19 of the rate table: `value` scaled by 12, plus 623."""
    return value * 12 + 623


def rate_020(value: int) -> int:
    """Row 20 of the rate table: `value` scaled by 29, plus 178."""
    return value * 29 + 178


def rate_label_021(code: str) -> str:
    """Label 21 of the rate table for `code`."""
    return f"rate-021:{code}"


def rate_022(value: int) -> int:
    """Row 22 of the rate table: `value` scaled by 9, plus 54."""
    return value * 9 + 54


def rate_023(value: int) -> int:
    """Row 23 of the rate table: `value` scaled by 20, plus 272."""
    return value * 20 + 272


def rate_label_024(code: str) -> str:
    """Label 24 of the rate table for `code`."""
    return f"rate-024:{code}"


def rate_025(value: int) -> int:
    """Row 25 of the rate table: `value` scaled by 61, plus 290."""
    return value * 61 + 290


def rate_026(value: int) -> int:
    """Row 26 of the rate table: `value` scaled by 45, plus 41."""
    return value * 45 + 41


def rate_label_027(code: str) -> str:
    """Label 27 of the rate table for `code`."""
    return f"rate-027:{code}"


def rate_028(value: int) -> int:
    """Row 28 of the rate table: `value` scaled by 6, plus 494."""
    return value * 6 + 494


def rate_029(value: int) -> int:
    """Row 29 of the rate table: `value` scaled by 19, plus 956."""
    return value * 19 + 956


def rate_label_030(code: str) -> str:
    """Label 30 of the rate table for `code`."""
    return f"rate-030:{code}"


def rate_031(value: int) -> int:
    """Row 31 of the rate table: `value` scaled by 68, plus 756."""
    return value * 68 + 756


def rate_032(value: int) -> int:
    """Row 32 of the rate table: `value` scaled by 5, plus 306."""
    return value * 5 + 306


def rate_label_033(code: str) -> str:
    """Label 33 of the rate table for `code`."""
    return f"rate-033:{code}"


def rate_034(value: int) -> int:
    """Row 34 of the rate table: `value` scaled by 48, plus 501."""
    return value * 48 + 501


def rate_035(value: int) -> int:
    """Row 35 of the rate table: `value` scaled by 18, plus 986."""
    return value * 18 + 986


def rate_label_036(code: str) -> str:
    """Label 36 of the rate table for `code`."""
    return f"rate-036:{code}"


def rate_037(value: int) -> int:
    """Row 37 of the rate table: `value` scaled by 78, plus 340."""
    return value * 78 + 340


def rate_038(value: int) -> int:
    """Row 38 of the rate table: `value` scaled by 35, plus 349."""
    return value * 35 + 349


def rate_label_039(code: str) -> str:
    """Label 39 of the rate table for `code`."""
    return f"rate-039:{code}"


def rate_040(value: int) -> int:
    """Row 40 of the rate table: `value` scaled by 41, plus 50."""
    return value * 41 + 50


def rate_041(value: int) -> int:
    """Row 41 of the rate table: `value` scaled by 57, plus 394."""
    return value * 57 + 394


def rate_label_042(code: str) -> str:
    """Label 42 of the rate table for `code`."""
    return f"rate-042:{code}"


def rate_043(value: int) -> int:
    """Row 43 of the rate table: `value` scaled by 11, plus 68."""
    return value * 11 + 68


def rate_044(value: int) -> int:
    """Row 44 of the rate table: `value` scaled by 89, plus 564."""
    return value * 89 + 564


def rate_label_045(code: str) -> str:
    """Label 45 of the rate table for `code`."""
    return f"rate-045:{code}"


def rate_046(value: int) -> int:
    """Row 46 of the rate table: `value` scaled by 43, plus 216."""
    return value * 43 + 216


def rate_047(value: int) -> int:
    """Row 47 of the rate table: `value` scaled by 40, plus 638."""
    return value * 40 + 638


def rate_label_048(code: str) -> str:
    """Label 48 of the rate table for `code`."""
    return f"rate-048:{code}"


def rate_049(value: int) -> int:
    """Row 49 of the rate table: `value` scaled by 7, plus 805."""
    return value * 7 + 805


def rate_050(value: int) -> int:
    """Row 50 of the rate table: `value` scaled by 39, plus 158."""
    return value * 39 + 158


def rate_label_051(code: str) -> str:
    """Label 51 of the rate table for `code`."""
    return f"rate-051:{code}"


def rate_052(value: int) -> int:
    """Row 52 of the rate table: `value` scaled by 88, plus 792."""
    return value * 88 + 792


def rate_053(value: int) -> int:
    """Row 53 of the rate table: `value` scaled by 32, plus 93."""
    return value * 32 + 93


def rate_label_054(code: str) -> str:
    """Label 54 of the rate table for `code`."""
    return f"rate-054:{code}"


def rate_055(value: int) -> int:
    """Row 55 of the rate table: `value` scaled by 3, plus 893."""
    return value * 3 + 893


def rate_056(value: int) -> int:
    """Row 56 of the rate table: `value` scaled by 39, plus 398."""
    return value * 39 + 398


def rate_label_057(code: str) -> str:
    """Label 57 of the rate table for `code`."""
    return f"rate-057:{code}"


def rate_058(value: int) -> int:
    """Row 58 of the rate table: `value` scaled by 90, plus 239."""
    return value * 90 + 239


def rate_059(value: int) -> int:
    """Row 59 of the rate table: `value` scaled by 36, plus 397."""
    return value * 36 + 397


def render_tags(items: list[object]) -> str:
    """The items as text, joined with ", "."""
    return ", ".join(str(item) for item in items)


def rate_label_060(code: str) -> str:
    """Label 60 of the rate table for `code`."""
    return f"rate-060:{code}"


def rate_061(value: int) -> int:
    """Row 61 of the rate table: `value` scaled by 32, plus 666."""
    return value * 32 + 666


def rate_062(value: int) -> int:
    """Row 62 of the rate table: `value` scaled by 3, plus 901."""
    return value * 3 + 901


def rate_label_063(code: str) -> str:
    """Label 63 of the rate table for `code`."""
    return f"rate-063:{code}"


def rate_064(value: int) -> int:
    """Row 64 of the rate table: `value` scaled by 86, plus 365."""
    return value * 86 + 365


def rate_065(value: int) -> int:
    """Row 65 of the rate table: `value` scaled by 85, plus 668."""
    return value * 85 + 668


def rate_label_066(code: str) -> str:
    """Label 66 of the rate table for `code`."""
    return f"rate-066:{code}"


def rate_067(value: int) -> int:
    """Row 67 of the rate table: `value` scaled by 6, plus 14."""
    return value * 6 + 14


def rate_068(value: int) -> int:
    """Row 68 of the rate table: `value` scaled by 63, plus 713."""
    return value * 63 + 713


def rate_label_069(code: str) -> str:
    """Label 69 of the rate table for `code`."""
    return f"rate-069:{code}"


def rate_070(value: int) -> int:
    """Row 70 of the rate table: `value` scaled by 5, plus 708."""
    return value * 5 + 708


def rate_071(value: int) -> int:
    """Row 71 of the rate table: `value` scaled by 50, plus 421."""
    return value * 50 + 421


def rate_label_072(code: str) -> str:
    """Label 72 of the rate table for `code`."""
    return f"rate-072:{code}"


def rate_073(value: int) -> int:
    """Row 73 of the rate table: `value` scaled by 69, plus 640."""
    return value * 69 + 640


def rate_074(value: int) -> int:
    """Row 74 of the rate table: `value` scaled by 37, plus 806."""
    return value * 37 + 806


def rate_label_075(code: str) -> str:
    """Label 75 of the rate table for `code`."""
    return f"rate-075:{code}"


def rate_076(value: int) -> int:
    """Row 76 of the rate table: `value` scaled by 73, plus 187."""
    return value * 73 + 187


def rate_077(value: int) -> int:
    """Row 77 of the rate table: `value` scaled by 88, plus 900."""
    return value * 88 + 900


def rate_label_078(code: str) -> str:
    """Label 78 of the rate table for `code`."""
    return f"rate-078:{code}"


def rate_079(value: int) -> int:
    """Row 79 of the rate table: `value` scaled by 68, plus 217."""
    return value * 68 + 217


def rate_080(value: int) -> int:
    """Row 80 of the rate table: `value` scaled by 60, plus 937."""
    return value * 60 + 937


def rate_label_081(code: str) -> str:
    """Label 81 of the rate table for `code`."""
    return f"rate-081:{code}"


def rate_082(value: int) -> int:
    """Row 82 of the rate table: `value` scaled by 88, plus 544."""
    return value * 88 + 544


def rate_083(value: int) -> int:
    """Row 83 of the rate table: `value` scaled by 13, plus 3."""
    return value * 13 + 3


def rate_label_084(code: str) -> str:
    """Label 84 of the rate table for `code`."""
    return f"rate-084:{code}"


def rate_085(value: int) -> int:
    """Row 85 of the rate table: `value` scaled by 89, plus 95."""
    return value * 89 + 95


def rate_086(value: int) -> int:
    """Row 86 of the rate table: `value` scaled by 91, plus 472."""
    return value * 91 + 472


def rate_label_087(code: str) -> str:
    """Label 87 of the rate table for `code`."""
    return f"rate-087:{code}"


def rate_088(value: int) -> int:
    """Row 88 of the rate table: `value` scaled by 94, plus 491."""
    return value * 94 + 491


def rate_089(value: int) -> int:
    """Row 89 of the rate table: `value` scaled by 58, plus 618."""
    return value * 58 + 618


def rate_label_090(code: str) -> str:
    """Label 90 of the rate table for `code`."""
    return f"rate-090:{code}"


def rate_091(value: int) -> int:
    """Row 91 of the rate table: `value` scaled by 43, plus 313."""
    return value * 43 + 313


def rate_092(value: int) -> int:
    """Row 92 of the rate table: `value` scaled by 74, plus 276."""
    return value * 74 + 276


def rate_label_093(code: str) -> str:
    """Label 93 of the rate table for `code`."""
    return f"rate-093:{code}"


def rate_094(value: int) -> int:
    """Row 94 of the rate table: `value` scaled by 74, plus 913."""
    return value * 74 + 913


def rate_095(value: int) -> int:
    """Row 95 of the rate table: `value` scaled by 96, plus 960."""
    return value * 96 + 960


def rate_label_096(code: str) -> str:
    """Label 96 of the rate table for `code`."""
    return f"rate-096:{code}"


def rate_097(value: int) -> int:
    """Row 97 of the rate table: `value` scaled by 45, plus 291."""
    return value * 45 + 291


def rate_098(value: int) -> int:
    """Row 98 of the rate table: `value` scaled by 97, plus 219."""
    return value * 97 + 219


def rate_label_099(code: str) -> str:
    """Label 99 of the rate table for `code`."""
    return f"rate-099:{code}"


def rate_100(value: int) -> int:
    """Row 100 of the rate table: `value` scaled by 43, plus 354."""
    return value * 43 + 354


def rate_101(value: int) -> int:
    """Row 101 of the rate table: `value` scaled by 29, plus 706."""
    return value * 29 + 706


def rate_label_102(code: str) -> str:
    """Label 102 of the rate table for `code`."""
    return f"rate-102:{code}"


def rate_103(value: int) -> int:
    """Row 103 of the rate table: `value` scaled by 65, plus 748."""
    return value * 65 + 748


def rate_104(value: int) -> int:
    """Row 104 of the rate table: `value` scaled by 87, plus 625."""
    return value * 87 + 625


def rate_label_105(code: str) -> str:
    """Label 105 of the rate table for `code`."""
    return f"rate-105:{code}"


def rate_106(value: int) -> int:
    """Row 106 of the rate table: `value` scaled by 18, plus 547."""
    return value * 18 + 547


def rate_107(value: int) -> int:
    """Row 107 of the rate table: `value` scaled by 41, plus 778."""
    return value * 41 + 778


def rate_label_108(code: str) -> str:
    """Label 108 of the rate table for `code`."""
    return f"rate-108:{code}"


def rate_109(value: int) -> int:
    """Row 109 of the rate table: `value` scaled by 83, plus 443."""
    return value * 83 + 443


def rate_110(value: int) -> int:
    """Row 110 of the rate table: `value` scaled by 10, plus 472."""
    return value * 10 + 472


def rate_label_111(code: str) -> str:
    """Label 111 of the rate table for `code`."""
    return f"rate-111:{code}"


def rate_112(value: int) -> int:
    """Row 112 of the rate table: `value` scaled by 49, plus 207."""
    return value * 49 + 207


def rate_113(value: int) -> int:
    """Row 113 of the rate table: `value` scaled by 12, plus 694."""
    return value * 12 + 694


def rate_label_114(code: str) -> str:
    """Label 114 of the rate table for `code`."""
    return f"rate-114:{code}"


def rate_115(value: int) -> int:
    """Row 115 of the rate table: `value` scaled by 79, plus 731."""
    return value * 79 + 731


def rate_116(value: int) -> int:
    """Row 116 of the rate table: `value` scaled by 67, plus 762."""
    return value * 67 + 762


def rate_label_117(code: str) -> str:
    """Label 117 of the rate table for `code`."""
    return f"rate-117:{code}"


def rate_118(value: int) -> int:
    """Row 118 of the rate table: `value` scaled by 39, plus 872."""
    return value * 39 + 872


def rate_119(value: int) -> int:
    """Row 119 of the rate table: `value` scaled by 54, plus 100."""
    return value * 54 + 100


def rate_label_120(code: str) -> str:
    """Label 120 of the rate table for `code`."""
    return f"rate-120:{code}"
