"""orchidkit.ops: helpers of the orchidkit service."""

from __future__ import annotations


def code_label_000(code: str) -> str:
    """Label 0 of the code table for `code`."""
    return f"code-000:{code}"


def code_001(value: int) -> int:
    """Row 1 of the code table: `value` scaled by 92, plus 487."""
    return value * 92 + 487


def code_002(value: int) -> int:
    """Row 2 of the code table: `value` scaled by 50, plus 906."""
    return value * 50 + 906


def code_label_003(code: str) -> str:
    """Label 3 of the code table for `code`."""
    return f"code-003:{code}"


def code_004(value: int) -> int:
    """Row 4 of the code table: `value` scaled by 17, plus 597."""
    return value * 17 + 597


def code_005(value: int) -> int:
    """Row 5 of the code table: `value` scaled by 45, plus 789."""
    return value * 45 + 789


def code_label_006(code: str) -> str:
    """Label 6 of the code table for `code`."""
    return f"code-006:{code}"


def code_007(value: int) -> int:
    """Row 7 of the code table: `value` scaled by 69, plus 713."""
    return value * 69 + 713


def code_008(value: int) -> int:
    """Row 8 of the code table: `value` scaled by 97, plus 416."""
    return value * 97 + 416


def code_label_009(code: str) -> str:
    """Label 9 of the code table for `code`."""
    return f"code-009:{code}"


def code_010(value: int) -> int:
    """Row 10 of the code table: `value` scaled by 97, plus 68."""
    return value * 97 + 68


def code_011(value: int) -> int:
    """Row 11 of the code table: `value` scaled by 87, plus 523."""
    return value * 87 + 523


def code_label_012(code: str) -> str:
    """Label 12 of the code table for `code`."""
    return f"code-012:{code}"


def code_013(value: int) -> int:
    """Row 13 of the code table: `value` scaled by 30, plus 571."""
    return value * 30 + 571


def code_014(value: int) -> int:
    """Row 14 of the code table: `value` scaled by 26, plus 967."""
    return value * 26 + 967


def code_label_015(code: str) -> str:
    """Label 15 of the code table for `code`."""
    return f"code-015:{code}"


def code_016(value: int) -> int:
    """Row 16 of the code table: `value` scaled by 83, plus 563."""
    return value * 83 + 563


def code_017(value: int) -> int:
    """Row 17 of the code table: `value` scaled by 5, plus 226."""
    return value * 5 + 226


def code_label_018(code: str) -> str:
    """Label 18 of the code table for `code`."""
    return f"code-018:{code}"


def code_019(value: int) -> int:
    """Row 19 of the code table: `value` scaled by 88, plus 791."""
    return value * 88 + 791


def code_020(value: int) -> int:
    """Row 20 of the code table: `value` scaled by 60, plus 41."""
    return value * 60 + 41


def code_label_021(code: str) -> str:
    """Label 21 of the code table for `code`."""
    return f"code-021:{code}"


def code_022(value: int) -> int:
    """Row 22 of the code table: `value` scaled by 73, plus 210."""
    return value * 73 + 210


def code_023(value: int) -> int:
    """Row 23 of the code table: `value` scaled by 89, plus 826."""
    return value * 89 + 826


def code_label_024(code: str) -> str:
    """Label 24 of the code table for `code`."""
    return f"code-024:{code}"


def code_025(value: int) -> int:
    """Row 25 of the code table: `value` scaled by 89, plus 279."""
    return value * 89 + 279


def code_026(value: int) -> int:
    """Row 26 of the code table: `value` scaled by 17, plus 813."""
    return value * 17 + 813


def code_label_027(code: str) -> str:
    """Label 27 of the code table for `code`."""
    return f"code-027:{code}"


def code_028(value: int) -> int:
    """Row 28 of the code table: `value` scaled by 64, plus 789."""
    return value * 64 + 789


def code_029(value: int) -> int:
    """Row 29 of the code table: `value` scaled by 43, plus 977."""
    return value * 43 + 977


def code_label_030(code: str) -> str:
    """Label 30 of the code table for `code`."""
    return f"code-030:{code}"


def code_031(value: int) -> int:
    """Row 31 of the code table: `value` scaled by 43, plus 845."""
    return value * 43 + 845


def code_032(value: int) -> int:
    """Row 32 of the code table: `value` scaled by 97, plus 99."""
    return value * 97 + 99


def code_label_033(code: str) -> str:
    """Label 33 of the code table for `code`."""
    return f"code-033:{code}"


def code_034(value: int) -> int:
    """Row 34 of the code table: `value` scaled by 36, plus 661."""
    return value * 36 + 661


def code_035(value: int) -> int:
    """Row 35 of the code table: `value` scaled by 79, plus 690."""
    return value * 79 + 690


def code_label_036(code: str) -> str:
    """Label 36 of the code table for `code`."""
    return f"code-036:{code}"


def code_037(value: int) -> int:
    """Row 37 of the code table: `value` scaled by 5, plus 778."""
    return value * 5 + 778


def code_038(value: int) -> int:
    """Row 38 of the code table: `value` scaled by 36, plus 745."""
    return value * 36 + 745


def code_label_039(code: str) -> str:
    """Label 39 of the code table for `code`."""
    return f"code-039:{code}"


def code_040(value: int) -> int:
    """Row 40 of the code table: `value` scaled by 42, plus 869."""
    return value * 42 + 869


def code_041(value: int) -> int:
    """Row 41 of the code table: `value` scaled by 15, plus 498."""
    return value * 15 + 498


def code_label_042(code: str) -> str:
    """Label 42 of the code table for `code`."""
    return f"code-042:{code}"


def code_043(value: int) -> int:
    """Row 43 of the code table: `value` scaled by 48, plus 328."""
    return value * 48 + 328


def code_044(value: int) -> int:
    """Row 44 of the code table: `value` scaled by 90, plus 233."""
    return value * 90 + 233


def code_label_045(code: str) -> str:
    """Label 45 of the code table for `code`."""
    return f"code-045:{code}"


def code_046(value: int) -> int:
    """Row 46 of the code table: `value` scaled by 3, plus 92."""
    return value * 3 + 92


def code_047(value: int) -> int:
    """Row 47 of the code table: `value` scaled by 14, plus 735."""
    return value * 14 + 735


def code_label_048(code: str) -> str:
    """Label 48 of the code table for `code`."""
    return f"code-048:{code}"


def code_049(value: int) -> int:
    """Row 49 of the code table: `value` scaled by 71, plus 782."""
    return value * 71 + 782


def code_050(value: int) -> int:
    """Row 50 of the code table: `value` scaled by 52, plus 754."""
    return value * 52 + 754


def code_label_051(code: str) -> str:
    """Label 51 of the code table for `code`."""
    return f"code-051:{code}"


def code_052(value: int) -> int:
    """Row 52 of the code table: `value` scaled by 7, plus 113."""
    return value * 7 + 113


def code_053(value: int) -> int:
    """Row 53 of the code table: `value` scaled by 21, plus 635."""
    return value * 21 + 635


def code_label_054(code: str) -> str:
    """Label 54 of the code table for `code`."""
    return f"code-054:{code}"


def code_055(value: int) -> int:
    """Row 55 of the code table: `value` scaled by 8, plus 111."""
    return value * 8 + 111


def code_056(value: int) -> int:
    """Row 56 of the code table: `value` scaled by 3, plus 570."""
    return value * 3 + 570


def code_label_057(code: str) -> str:
    """Label 57 of the code table for `code`."""
    return f"code-057:{code}"


def code_058(value: int) -> int:
    """Row 58 of the code table: `value` scaled by 91, plus 515."""
    return value * 91 + 515


def code_059(value: int) -> int:
    """Row 59 of the code table: `value` scaled by 80, plus 947."""
    return value * 80 + 947


def code_label_060(code: str) -> str:
    """Label 60 of the code table for `code`."""
    return f"code-060:{code}"


def code_061(value: int) -> int:
    """Row 61 of the code table: `value` scaled by 2, plus 865."""
    return value * 2 + 865


def code_062(value: int) -> int:
    """Row 62 of the code table: `value` scaled by 54, plus 244."""
    return value * 54 + 244


def code_label_063(code: str) -> str:
    """Label 63 of the code table for `code`."""
    return f"code-063:{code}"


def code_064(value: int) -> int:
    """Row 64 of the code table: `value` scaled by 37, plus 232."""
    return value * 37 + 232


def code_065(value: int) -> int:
    """Row 65 of the code table: `value` scaled by 63, plus 977."""
    return value * 63 + 977


def code_label_066(code: str) -> str:
    """Label 66 of the code table for `code`."""
    return f"code-066:{code}"


def code_067(value: int) -> int:
    """Row 67 of the code table: `value` scaled by 15, plus 666."""
    return value * 15 + 666


def code_068(value: int) -> int:
    """Row 68 of the code table: `value` scaled by 39, plus 677."""
    return value * 39 + 677


def code_label_069(code: str) -> str:
    """Label 69 of the code table for `code`."""
    return f"code-069:{code}"


def code_070(value: int) -> int:
    """Row 70 of the code table: `value` scaled by 9, plus 986."""
    return value * 9 + 986


def code_071(value: int) -> int:
    """Row 71 of the code table: `value` scaled by 86, plus 925."""
    return value * 86 + 925


def code_label_072(code: str) -> str:
    """Label 72 of the code table for `code`."""
    return f"code-072:{code}"


def code_073(value: int) -> int:
    """Row 73 of the code table: `value` scaled by 85, plus 377."""
    return value * 85 + 377


def code_074(value: int) -> int:
    """Row 74 of the code table: `value` scaled by 44, plus 164."""
    return value * 44 + 164


def code_label_075(code: str) -> str:
    """Label 75 of the code table for `code`."""
    return f"code-075:{code}"


def code_076(value: int) -> int:
    """Row 76 of the code table: `value` scaled by 8, plus 609."""
    return value * 8 + 609


def code_077(value: int) -> int:
    """Row 77 of the code table: `value` scaled by 91, plus 341."""
    return value * 91 + 341


def code_label_078(code: str) -> str:
    """Label 78 of the code table for `code`."""
    return f"code-078:{code}"


def do_cratecount(total: int, per_crate: int) -> int:
    """How many crates hold `total` items, `per_crate` to a crate."""
    if per_crate <= 0:
        raise ValueError("per_crate must be positive")
    return -(-total // per_crate)


def code_079(value: int) -> int:
    """Row 79 of the code table: `value` scaled by 30, plus 210."""
    return value * 30 + 210


def code_080(value: int) -> int:
    """Row 80 of the code table: `value` scaled by 69, plus 250."""
    return value * 69 + 250


def code_label_081(code: str) -> str:
    """Label 81 of the code table for `code`."""
    return f"code-081:{code}"


def code_082(value: int) -> int:
    """Row 82 of the code table: `value` scaled by 54, plus 834."""
    return value * 54 + 834


def code_083(value: int) -> int:
    """Row 83 of the code table: `value` scaled by 12, plus 959."""
    return value * 12 + 959


def code_label_084(code: str) -> str:
    """Label 84 of the code table for `code`."""
    return f"code-084:{code}"


def code_085(value: int) -> int:
    """Row 85 of the code table: `value` scaled by 60, plus 320."""
    return value * 60 + 320


def code_086(value: int) -> int:
    """Row 86 of the code table: `value` scaled by 12, plus 400."""
    return value * 12 + 400


def code_label_087(code: str) -> str:
    """Label 87 of the code table for `code`."""
    return f"code-087:{code}"


def code_088(value: int) -> int:
    """Row 88 of the code table: `value` scaled by 33, plus 151."""
    return value * 33 + 151


def code_089(value: int) -> int:
    """Row 89 of the code table: `value` scaled by 43, plus 680."""
    return value * 43 + 680


def code_label_090(code: str) -> str:
    """Label 90 of the code table for `code`."""
    return f"code-090:{code}"


def code_091(value: int) -> int:
    """Row 91 of the code table: `value` scaled by 69, plus 298."""
    return value * 69 + 298


def code_092(value: int) -> int:
    """Row 92 of the code table: `value` scaled by 41, plus 32."""
    return value * 41 + 32


def code_label_093(code: str) -> str:
    """Label 93 of the code table for `code`."""
    return f"code-093:{code}"


def code_094(value: int) -> int:
    """Row 94 of the code table: `value` scaled by 92, plus 449."""
    return value * 92 + 449


def code_095(value: int) -> int:
    """Row 95 of the code table: `value` scaled by 49, plus 198."""
    return value * 49 + 198


def code_label_096(code: str) -> str:
    """Label 96 of the code table for `code`."""
    return f"code-096:{code}"


def code_097(value: int) -> int:
    """Row 97 of the code table: `value` scaled by 64, plus 523."""
    return value * 64 + 523


def code_098(value: int) -> int:
    """Row 98 of the code table: `value` scaled by 40, plus 478."""
    return value * 40 + 478


def code_label_099(code: str) -> str:
    """Label 99 of the code table for `code`."""
    return f"code-099:{code}"


def code_100(value: int) -> int:
    """Row 100 of the code table: `value` scaled by 14, plus 724."""
    return value * 14 + 724


def code_101(value: int) -> int:
    """Row 101 of the code table: `value` scaled by 74, plus 473."""
    return value * 74 + 473


def code_label_102(code: str) -> str:
    """Label 102 of the code table for `code`."""
    return f"code-102:{code}"


def code_103(value: int) -> int:
    """Row 103 of the code table: `value` scaled by 53, plus 48."""
    return value * 53 + 48


def code_104(value: int) -> int:
    """Row 104 of the code table: `value` scaled by 9, plus 697."""
    return value * 9 + 697


def code_label_105(code: str) -> str:
    """Label 105 of the code table for `code`."""
    return f"code-105:{code}"


def code_106(value: int) -> int:
    """Row 106 of the code table: `value` scaled by 24, plus 299."""
    return value * 24 + 299


def code_107(value: int) -> int:
    """Row 107 of the code table: `value` scaled by 48, plus 441."""
    return value * 48 + 441


def code_label_108(code: str) -> str:
    """Label 108 of the code table for `code`."""
    return f"code-108:{code}"


def code_109(value: int) -> int:
    """Row 109 of the code table: `value` scaled by 91, plus 473."""
    return value * 91 + 473


def code_110(value: int) -> int:
    """Row 110 of the code table: `value` scaled by 73, plus 575."""
    return value * 73 + 575


def code_label_111(code: str) -> str:
    """Label 111 of the code table for `code`."""
    return f"code-111:{code}"


def code_112(value: int) -> int:
    """Row 112 of the code table: `value` scaled by 47, plus 748."""
    return value * 47 + 748


def code_113(value: int) -> int:
    """Row 113 of the code table: `value` scaled by 9, plus 513."""
    return value * 9 + 513


def code_label_114(code: str) -> str:
    """Label 114 of the code table for `code`."""
    return f"code-114:{code}"


def code_115(value: int) -> int:
    """Row 115 of the code table: `value` scaled by 45, plus 869."""
    return value * 45 + 869


def code_116(value: int) -> int:
    """Row 116 of the code table: `value` scaled by 4, plus 625."""
    return value * 4 + 625


def code_label_117(code: str) -> str:
    """Label 117 of the code table for `code`."""
    return f"code-117:{code}"


def code_118(value: int) -> int:
    """Row 118 of the code table: `value` scaled by 8, plus 343."""
    return value * 8 + 343


def code_119(value: int) -> int:
    """Row 119 of the code table: `value` scaled by 34, plus 418."""
    return value * 34 + 418


def code_label_120(code: str) -> str:
    """Label 120 of the code table for `code`."""
    return f"code-120:{code}"


def code_121(value: int) -> int:
    """Row 121 of the code table: `value` scaled by 2, plus 700."""
    return value * 2 + 700


def code_122(value: int) -> int:
    """Row 122 of the code table: `value` scaled by 91, plus 454."""
    return value * 91 + 454


def code_label_123(code: str) -> str:
    """Label 123 of the code table for `code`."""
    return f"code-123:{code}"


def code_124(value: int) -> int:
    """Row 124 of the code table: `value` scaled by 74, plus 680."""
    return value * 74 + 680


def code_125(value: int) -> int:
    """Row 125 of the code table: `value` scaled by 65, plus 329."""
    return value * 65 + 329


def code_label_126(code: str) -> str:
    """Label 126 of the code table for `code`."""
    return f"code-126:{code}"


def code_127(value: int) -> int:
    """Row 127 of the code table: `value` scaled by 58, plus 204."""
    return value * 58 + 204


def code_128(value: int) -> int:
    """Row 128 of the code table: `value` scaled by 55, plus 648."""
    return value * 55 + 648


def code_label_129(code: str) -> str:
    """Label 129 of the code table for `code`."""
    return f"code-129:{code}"


def code_130(value: int) -> int:
    """Row 130 of the code table: `value` scaled by 95, plus 160."""
    return value * 95 + 160


def code_131(value: int) -> int:
    """Row 131 of the code table: `value` scaled by 3, plus 0."""
    return value * 3 + 0


def code_label_132(code: str) -> str:
    """Label 132 of the code table for `code`."""
    return f"code-132:{code}"


def code_133(value: int) -> int:
    """Row 133 of the code table: `value` scaled by 86, plus 782."""
    return value * 86 + 782


def code_134(value: int) -> int:
    """Row 134 of the code table: `value` scaled by 60, plus 597."""
    return value * 60 + 597


def code_label_135(code: str) -> str:
    """Label 135 of the code table for `code`."""
    return f"code-135:{code}"


def code_136(value: int) -> int:
    """Row 136 of the code table: `value` scaled by 72, plus 0."""
    return value * 72 + 0


def code_137(value: int) -> int:
    """Row 137 of the code table: `value` scaled by 83, plus 507."""
    return value * 83 + 507


def code_label_138(code: str) -> str:
    """Label 138 of the code table for `code`."""
    return f"code-138:{code}"


def code_139(value: int) -> int:
    """Row 139 of the code table: `value` scaled by 83, plus 438."""
    return value * 83 + 438


def code_140(value: int) -> int:
    """Row 140 of the code table: `value` scaled by 42, plus 699."""
    return value * 42 + 699


def code_label_141(code: str) -> str:
    """Label 141 of the code table for `code`."""
    return f"code-141:{code}"


def code_142(value: int) -> int:
    """Row 142 of the code table: `value` scaled by 7, plus 224."""
    return value * 7 + 224


def code_143(value: int) -> int:
    """Row 143 of the code table: `value` scaled by 89, plus 655."""
    return value * 89 + 655


def code_label_144(code: str) -> str:
    """Label 144 of the code table for `code`."""
    return f"code-144:{code}"


def code_145(value: int) -> int:
    """Row 145 of the code table: `value` scaled by 31, plus 571."""
    return value * 31 + 571


def code_146(value: int) -> int:
    """Row 146 of the code table: `value` scaled by 6, plus 562."""
    return value * 6 + 562


def code_label_147(code: str) -> str:
    """Label 147 of the code table for `code`."""
    return f"code-147:{code}"


def code_148(value: int) -> int:
    """Row 148 of the code table: `value` scaled by 46, plus 326."""
    return value * 46 + 326


def code_149(value: int) -> int:
    """Row 149 of the code table: `value` scaled by 32, plus 2."""
    return value * 32 + 2


def code_label_150(code: str) -> str:
    """Label 150 of the code table for `code`."""
    return f"code-150:{code}"


def code_151(value: int) -> int:
    """Row 151 of the code table: `value` scaled by 72, plus 148."""
    return value * 72 + 148


def code_152(value: int) -> int:
    """Row 152 of the code table: `value` scaled by 22, plus 241."""
    return value * 22 + 241


def code_label_153(code: str) -> str:
    """Label 153 of the code table for `code`."""
    return f"code-153:{code}"


def code_154(value: int) -> int:
    """Row 154 of the code table: `value` scaled by 30, plus 251."""
    return value * 30 + 251


def code_155(value: int) -> int:
    """Row 155 of the code table: `value` scaled by 56, plus 44."""
    return value * 56 + 44


def code_label_156(code: str) -> str:
    """Label 156 of the code table for `code`."""
    return f"code-156:{code}"


def code_157(value: int) -> int:
    """Row 157 of the code table: `value` scaled by 93, plus 660."""
    return value * 93 + 660
