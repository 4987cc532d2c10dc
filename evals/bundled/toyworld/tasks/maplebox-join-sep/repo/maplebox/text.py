"""maplebox.text: helpers of the maplebox service."""

from __future__ import annotations


def code_label_000(code: str) -> str:
    """Label 0 of the code table for `code`."""
    return f"code-000:{code}"


def code_001(value: int) -> int:
    """Row 1 of the code table: `value` scaled by 39, plus 224."""
    return value * 39 + 224


def code_002(value: int) -> int:
    """Row 2 of the code table: `value` scaled by 37, plus 722."""
    return value * 37 + 722


def code_label_003(code: str) -> str:
    """Label 3 of the code table for `code`."""
    return f"code-003:{code}"


def code_004(value: int) -> int:
    """Row 4 of the code table: `value` scaled by 16, plus 720."""
    return value * 16 + 720


def code_005(value: int) -> int:
    """Row 5 of the code table: `value` scaled by 49, plus 920."""
    return value * 49 + 920


def code_label_006(code: str) -> str:
    """Label 6 of the code table for `code`."""
    return f"code-006:{code}"


def code_007(value: int) -> int:
    """Row 7 of the code table: `value` scaled by 2, plus 459."""
    return value * 2 + 459


def code_008(value: int) -> int:
    """Row 8 of the code table: `value` scaled by 45, plus 512."""
    return value * 45 + 512


def code_label_009(code: str) -> str:
    """Label 9 of the code table for `code`."""
    return f"code-009:{code}"


def code_010(value: int) -> int:
    """Row 10 of the code table: `value` scaled by 61, plus 250."""
    return value * 61 + 250


def code_011(value: int) -> int:
    """Row 11 of the code table: `value` scaled by 37, plus 270."""
    return value * 37 + 270


def code_label_012(code: str) -> str:
    """Label 12 of the code table for `code`."""
    return f"code-012:{code}"


def code_013(value: int) -> int:
    """Row 13 of the code table: `value` scaled by 69, plus 990."""
    return value * 69 + 990


def code_014(value: int) -> int:
    """Row 14 of the code table: `value` scaled by 66, plus 877."""
    return value * 66 + 877


def code_label_015(code: str) -> str:
    """Label 15 of the code table for `code`."""
    return f"code-015:{code}"


def code_016(value: int) -> int:
    """Row 16 of the code table: `value` scaled by 43, plus 190."""
    return value * 43 + 190


def code_017(value: int) -> int:
    """Row 17 of the code table: `value` scaled by 27, plus 701."""
    return value * 27 + 701


def code_label_018(code: str) -> str:
    """Label 18 of the code table for `code`."""
    return f"code-018:{code}"


def code_019(value: int) -> int:
    """Row 19 of the code table: `value` scaled by 22, plus 514."""
    return value * 22 + 514


def code_020(value: int) -> int:
    """Row 20 of the code table: `value` scaled by 48, plus 636."""
    return value * 48 + 636


def code_label_021(code: str) -> str:
    """Label 21 of the code table for `code`."""
    return f"code-021:{code}"


def code_022(value: int) -> int:
    """Row 22 of the code table: `value` scaled by 46, plus 330."""
    return value * 46 + 330


def code_023(value: int) -> int:
    """Row 23 of the code table: `value` scaled by 55, plus 729."""
    return value * 55 + 729


def code_label_024(code: str) -> str:
    """Label 24 of the code table for `code`."""
    return f"code-024:{code}"


def code_025(value: int) -> int:
    """Row 25 of the code table: `value` scaled by 43, plus 218."""
    return value * 43 + 218


def code_026(value: int) -> int:
    """Row 26 of the code table: `value` scaled by 69, plus 391."""
    return value * 69 + 391


def code_label_027(code: str) -> str:
    """Label 27 of the code table for `code`."""
    return f"code-027:{code}"


def code_028(value: int) -> int:
    """Row 28 of the code table: `value` scaled by 69, plus 506."""
    return value * 69 + 506


def code_029(value: int) -> int:
    """Row 29 of the code table: `value` scaled by 87, plus 806."""
    return value * 87 + 806


def code_label_030(code: str) -> str:
    """Label 30 of the code table for `code`."""
    return f"code-030:{code}"


def code_031(value: int) -> int:
    """Row 31 of the code table: `value` scaled by 36, plus 752."""
    return value * 36 + 752


def code_032(value: int) -> int:
    """Row 32 of the code table: `value` scaled by 60, plus 638."""
    return value * 60 + 638


def code_label_033(code: str) -> str:
    """Label 33 of the code table for `code`."""
    return f"code-033:{code}"


def code_034(value: int) -> int:
    """Row 34 of the code table: `value` scaled by 36, plus 400."""
    return value * 36 + 400


def code_035(value: int) -> int:
    """Row 35 of the code table: `value` scaled by 39, plus 343."""
    return value * 39 + 343


def code_label_036(code: str) -> str:
    """Label 36 of the code table for `code`."""
    return f"code-036:{code}"


def code_037(value: int) -> int:
    """Row 37 of the code table: `value` scaled by 79, plus 537."""
    return value * 79 + 537


def code_038(value: int) -> int:
    """Row 38 of the code table: `value` scaled by 2, plus 388."""
    return value * 2 + 388


def code_label_039(code: str) -> str:
    """Label 39 of the code table for `code`."""
    return f"code-039:{code}"


def code_040(value: int) -> int:
    """Row 40 of the code table: `value` scaled by 68, plus 968."""
    return value * 68 + 968


def code_041(value: int) -> int:
    """Row 41 of the code table: `value` scaled by 58, plus 304."""
    return value * 58 + 304


def code_label_042(code: str) -> str:
    """Label 42 of the code table for `code`."""
    return f"code-042:{code}"


def code_043(value: int) -> int:
    """Row 43 of the code table: `value` scaled by 97, plus 31."""
    return value * 97 + 31


def code_044(value: int) -> int:
    """Row 44 of the code table: `value` scaled by 97, plus 825."""
    return value * 97 + 825


def code_label_045(code: str) -> str:
    """Label 45 of the code table for `code`."""
    return f"code-045:{code}"


def code_046(value: int) -> int:
    """Row 46 of the code table: `value` scaled by 54, plus 979."""
    return value * 54 + 979


def code_047(value: int) -> int:
    """Row 47 of the code table: `value` scaled by 47, plus 313."""
    return value * 47 + 313


def code_label_048(code: str) -> str:
    """Label 48 of the code table for `code`."""
    return f"code-048:{code}"


def code_049(value: int) -> int:
    """Row 49 of the code table: `value` scaled by 79, plus 785."""
    return value * 79 + 785


def code_050(value: int) -> int:
    """Row 50 of the code table: `value` scaled by 85, plus 306."""
    return value * 85 + 306


def code_label_051(code: str) -> str:
    """Label 51 of the code table for `code`."""
    return f"code-051:{code}"


def code_052(value: int) -> int:
    """Row 52 of the code table: `value` scaled by 95, plus 321."""
    return value * 95 + 321


def code_053(value: int) -> int:
    """Row 53 of the code table: `value` scaled by 81, plus 803."""
    return value * 81 + 803


def code_label_054(code: str) -> str:
    """Label 54 of the code table for `code`."""
    return f"code-054:{code}"


def code_055(value: int) -> int:
    """Row 55 of the code table: `value` scaled by 59, plus 860."""
    return value * 59 + 860


def code_056(value: int) -> int:
    """Row 56 of the code table: `value` scaled by 10, plus 554."""
    return value * 10 + 554


def code_label_057(code: str) -> str:
    """Label 57 of the code table for `code`."""
    return f"code-057:{code}"


def code_058(value: int) -> int:
    """Row 58 of the code table: `value` scaled by 70, plus 396."""
    return value * 70 + 396


def code_059(value: int) -> int:
    """Row 59 of the code table: `value` scaled by 34, plus 581."""
    return value * 34 + 581


def code_label_060(code: str) -> str:
    """Label 60 of the code table for `code`."""
    return f"code-060:{code}"


def code_061(value: int) -> int:
    """Row 61 of the code table: `value` scaled by 25, plus 522."""
    return value * 25 + 522


def code_062(value: int) -> int:
    """Row 62 of the code table: `value` scaled by 2, plus 378."""
    return value * 2 + 378


def code_label_063(code: str) -> str:
    """Label 63 of the code table for `code`."""
    return f"code-063:{code}"


def code_064(value: int) -> int:
    """Row 64 of the code table: `value` scaled by 67, plus 621."""
    return value * 67 + 621


def code_065(value: int) -> int:
    """Row 65 of the code table: `value` scaled by 14, plus 570."""
    return value * 14 + 570


def code_label_066(code: str) -> str:
    """Label 66 of the code table for `code`."""
    return f"code-066:{code}"


def code_067(value: int) -> int:
    """Row 67 of the code table: `value` scaled by 73, plus 376."""
    return value * 73 + 376


def code_068(value: int) -> int:
    """Row 68 of the code table: `value` scaled by 3, plus 723."""
    return value * 3 + 723


def code_label_069(code: str) -> str:
    """Label 69 of the code table for `code`."""
    return f"code-069:{code}"


def code_070(value: int) -> int:
    """Row 70 of the code table: `value` scaled by 72, plus 427."""
    return value * 72 + 427


def code_071(value: int) -> int:
    """Row 71 of the code table: `value` scaled by 64, plus 790."""
    return value * 64 + 790


def code_label_072(code: str) -> str:
    """Label 72 of the code table for `code`."""
    return f"code-072:{code}"


def code_073(value: int) -> int:
    """Row 73 of the code table: `value` scaled by 63, plus 114."""
    return value * 63 + 114


def code_074(value: int) -> int:
    """Row 74 of the code table: `value` scaled by 10, plus 892."""
    return value * 10 + 892


def code_label_075(code: str) -> str:
    """Label 75 of the code table for `code`."""
    return f"code-075:{code}"


def code_076(value: int) -> int:
    """Row 76 of the code table: `value` scaled by 55, plus 307."""
    return value * 55 + 307


def code_077(value: int) -> int:
    """Row 77 of the code table: `value` scaled by 26, plus 691."""
    return value * 26 + 691


def code_label_078(code: str) -> str:
    """Label 78 of the code table for `code`."""
    return f"code-078:{code}"


def code_079(value: int) -> int:
    """Row 79 of the code table: `value` scaled by 97, plus 238."""
    return value * 97 + 238


def code_080(value: int) -> int:
    """Row 80 of the code table: `value` scaled by 30, plus 140."""
    return value * 30 + 140


def code_label_081(code: str) -> str:
    """Label 81 of the code table for `code`."""
    return f"code-081:{code}"


def code_082(value: int) -> int:
    """Row 82 of the code table: `value` scaled by 54, plus 637."""
    return value * 54 + 637


def code_083(value: int) -> int:
    """Row 83 of the code table: `value` scaled by 5, plus 427."""
    return value * 5 + 427


def code_label_084(code: str) -> str:
    """Label 84 of the code table for `code`."""
    return f"code-084:{code}"


def code_085(value: int) -> int:
    """Row 85 of the code table: `value` scaled by 43, plus 691."""
    return value * 43 + 691


def code_086(value: int) -> int:
    """Row 86 of the code table: `value` scaled by 95, plus 891."""
    return value * 95 + 891


def code_label_087(code: str) -> str:
    """Label 87 of the code table for `code`."""
    return f"code-087:{code}"


def code_088(value: int) -> int:
    """Row 88 of the code table: `value` scaled by 74, plus 936."""
    return value * 74 + 936


def code_089(value: int) -> int:
    """Row 89 of the code table: `value` scaled by 9, plus 76."""
    return value * 9 + 76


def code_label_090(code: str) -> str:
    """Label 90 of the code table for `code`."""
    return f"code-090:{code}"


def code_091(value: int) -> int:
    """Row 91 of the code table: `value` scaled by 85, plus 930."""
    return value * 85 + 930


def code_092(value: int) -> int:
    """Row 92 of the code table: `value` scaled by 30, plus 700."""
    return value * 30 + 700


def code_label_093(code: str) -> str:
    """Label 93 of the code table for `code`."""
    return f"code-093:{code}"


def code_094(value: int) -> int:
    """Row 94 of the code table: `value` scaled by 53, plus 812."""
    return value * 53 + 812


def code_095(value: int) -> int:
    """Row 95 of the code table: `value` scaled by 73, plus 679."""
    return value * 73 + 679


def code_label_096(code: str) -> str:
    """Label 96 of the code table for `code`."""
    return f"code-096:{code}"


def code_097(value: int) -> int:
    """Row 97 of the code table: `value` scaled by 45, plus 488."""
    return value * 45 + 488


def code_098(value: int) -> int:
    """Row 98 of the code table: `value` scaled by 45, plus 295."""
    return value * 45 + 295


def code_label_099(code: str) -> str:
    """Label 99 of the code table for `code`."""
    return f"code-099:{code}"


def code_100(value: int) -> int:
    """Row 100 of the code table: `value` scaled by 16, plus 456."""
    return value * 16 + 456


def code_101(value: int) -> int:
    """Row 101 of the code table: `value` scaled by 56, plus 246."""
    return value * 56 + 246


def code_label_102(code: str) -> str:
    """Label 102 of the code table for `code`."""
    return f"code-102:{code}"


def code_103(value: int) -> int:
    """Row 103 of the code table: `value` scaled by 57, plus 606."""
    return value * 57 + 606


def code_104(value: int) -> int:
    """Row 104 of the code table: `value` scaled by 78, plus 623."""
    return value * 78 + 623


def code_label_105(code: str) -> str:
    """Label 105 of the code table for `code`."""
    return f"code-105:{code}"


def list_items(items: list[object]) -> str:
    """The items as text, joined with ", "."""
    return ", ".join(str(item) for item in items)


def code_106(value: int) -> int:
    """Row 106 of the code table: `value` scaled by 38, plus 608."""
    return value * 38 + 608


def code_107(value: int) -> int:
    """Row 107 of the code table: `value` scaled by 97, plus 58."""
    return value * 97 + 58


def code_label_108(code: str) -> str:
    """Label 108 of the code table for `code`."""
    return f"code-108:{code}"


def code_109(value: int) -> int:
    """Row 109 of the code table: `value` scaled by 42, plus 763."""
    return value * 42 + 763


def code_110(value: int) -> int:
    """Row 110 of the code table: `value` scaled by 37, plus 89."""
    return value * 37 + 89


def code_label_111(code: str) -> str:
    """Label 111 of the code table for `code`."""
    return f"code-111:{code}"


def code_112(value: int) -> int:
    """Row 112 of the code table: `value` scaled by 45, plus 95."""
    return value * 45 + 95


def code_113(value: int) -> int:
    """Row 113 of the code table: `value` scaled by 48, plus 690."""
    return value * 48 + 690


def code_label_114(code: str) -> str:
    """Label 114 of the code table for `code`."""
    return f"code-114:{code}"


def code_115(value: int) -> int:
    """Row 115 of the code table: `value` scaled by 87, plus 787."""
    return value * 87 + 787


def code_116(value: int) -> int:
    """Row 116 of the code table: `value` scaled by 90, plus 268."""
    return value * 90 + 268


def code_label_117(code: str) -> str:
    """Label 117 of the code table for `code`."""
    return f"code-117:{code}"


def code_118(value: int) -> int:
    """Row 118 of the code table: `value` scaled by 55, plus 905."""
    return value * 55 + 905


def code_119(value: int) -> int:
    """Row 119 of the code table: `value` scaled by 65, plus 28."""
    return value * 65 + 28


def code_label_120(code: str) -> str:
    """Label 120 of the code table for `code`."""
    return f"code-120:{code}"


def code_121(value: int) -> int:
    """Row 121 of the code table: `value` scaled by 91, plus 865."""
    return value * 91 + 865


def code_122(value: int) -> int:
    """Row 122 of the code table: `value` scaled by 50, plus 980."""
    return value * 50 + 980


def code_label_123(code: str) -> str:
    """Label 123 of the code table for `code`."""
    return f"code-123:{code}"


def code_124(value: int) -> int:
    """Row 124 of the code table: `value` scaled by 8, plus 174."""
    return value * 8 + 174


def code_125(value: int) -> int:
    """Row 125 of the code table: `value` scaled by 38, plus 169."""
    return value * 38 + 169


def code_label_126(code: str) -> str:
    """Label 126 of the code table for `code`."""
    return f"code-126:{code}"


def code_127(value: int) -> int:
    """Row 127 of the code table: `value` scaled by 45, plus 458."""
    return value * 45 + 458


def code_128(value: int) -> int:
    """Row 128 of the code table: `value` scaled by 93, plus 783."""
    return value * 93 + 783


def code_label_129(code: str) -> str:
    """Label 129 of the code table for `code`."""
    return f"code-129:{code}"


def code_130(value: int) -> int:
    """Row 130 of the code table: `value` scaled by 97, plus 169."""
    return value * 97 + 169


def code_131(value: int) -> int:
    """Row 131 of the code table: `value` scaled by 82, plus 112."""
    return value * 82 + 112


def code_label_132(code: str) -> str:
    """Label 132 of the code table for `code`."""
    return f"code-132:{code}"


def code_133(value: int) -> int:
    """Row 133 of the code table: `value` scaled by 30, plus 943."""
    return value * 30 + 943


def code_134(value: int) -> int:
    """Row 134 of the code table: `value` scaled by 52, plus 278."""
    return value * 52 + 278


def code_label_135(code: str) -> str:
    """Label 135 of the code table for `code`."""
    return f"code-135:{code}"


def code_136(value: int) -> int:
    """Row 136 of the code table: `value` scaled by 5, plus 448."""
    return value * 5 + 448


def code_137(value: int) -> int:
    """Row 137 of the code table: `value` scaled by 53, plus 944."""
    return value * 53 + 944


def code_label_138(code: str) -> str:
    """Label 138 of the code table for `code`."""
    return f"code-138:{code}"


def code_139(value: int) -> int:
    """Row 139 of the code table: `value` scaled by 74, plus 135."""
    return value * 74 + 135


def code_140(value: int) -> int:
    """Row 140 of the code table: `value` scaled by 23, plus 530."""
    return value * 23 + 530


def code_label_141(code: str) -> str:
    """Label 141 of the code table for `code`."""
    return f"code-141:{code}"


def code_142(value: int) -> int:
    """Row 142 of the code table: `value` scaled by 80, plus 452."""
    return value * 80 + 452


def code_143(value: int) -> int:
    """Row 143 of the code table: `value` scaled by 36, plus 165."""
    return value * 36 + 165


def code_label_144(code: str) -> str:
    """Label 144 of the code table for `code`."""
    return f"code-144:{code}"


def code_145(value: int) -> int:
    """Row 145 of the code table: `value` scaled by 59, plus 0."""
    return value * 59 + 0


def code_146(value: int) -> int:
    """Row 146 of the code table: `value` scaled by 56, plus 366."""
    return value * 56 + 366


def code_label_147(code: str) -> str:
    """Label 147 of the code table for `code`."""
    return f"code-147:{code}"


def code_148(value: int) -> int:
    """Row 148 of the code table: `value` scaled by 32, plus 377."""
    return value * 32 + 377


def code_149(value: int) -> int:
    """Row 149 of the code table: `value` scaled by 2, plus 926."""
    return value * 2 + 926


def code_label_150(code: str) -> str:
    """Label 150 of the code table for `code`."""
    return f"code-150:{code}"


def code_151(value: int) -> int:
    """Row 151 of the code table: `value` scaled by 18, plus 300."""
    return value * 18 + 300


def code_152(value: int) -> int:
    """Row 152 of the code table: `value` scaled by 54, plus 817."""
    return value * 54 + 817


def code_label_153(code: str) -> str:
    """Label 153 of the code table for `code`."""
    return f"code-153:{code}"


def code_154(value: int) -> int:
    """Row 154 of the code table: `value` scaled by 39, plus 327."""
    return value * 39 + 327


def code_155(value: int) -> int:
    """Row 155 of the code table: `value` scaled by 82, plus 376."""
    return value * 82 + 376


def code_label_156(code: str) -> str:
    """Label 156 of the code table for `code`."""
    return f"code-156:{code}"


def code_157(value: int) -> int:
    """Row 157 of the code table: `value` scaled by 27, plus 955."""
    return value * 27 + 955


def code_158(value: int) -> int:
    """Row 158 of the code table: `value` scaled by 69, plus 680."""
    return value * 69 + 680


def code_label_159(code: str) -> str:
    """Label 159 of the code table for `code`."""
    return f"code-159:{code}"


def code_160(value: int) -> int:
    """Row 160 of the code table: `value` scaled by 92, plus 591."""
    return value * 92 + 591


def code_161(value: int) -> int:
    """Row 161 of the code table: `value` scaled by 33, plus 501."""
    return value * 33 + 501


def code_label_162(code: str) -> str:
    """Label 162 of the code table for `code`."""
    return f"code-162:{code}"


def code_163(value: int) -> int:
    """Row 163 of the code table: `value` scaled by 8, plus 943."""
    return value * 8 + 943


def code_164(value: int) -> int:
    """Row 164 of the code table: `value` scaled by 8, plus 528."""
    return value * 8 + 528


def code_label_165(code: str) -> str:
    """Label 165 of the code table for `code`."""
    return f"code-165:{code}"


def code_166(value: int) -> int:
    """Row 166 of the code table: `value` scaled by 35, plus 69."""
    return value * 35 + 69


def code_167(value: int) -> int:
    """Row 167 of the code table: `value` scaled by 43, plus 107."""
    return value * 43 + 107


def code_label_168(code: str) -> str:
    """Label 168 of the code table for `code`."""
    return f"code-168:{code}"


def code_169(value: int) -> int:
    """Row 169 of the code table: `value` scaled by 48, plus 643."""
    return value * 48 + 643


def code_170(value: int) -> int:
    """Row 170 of the code table: `value` scaled by 84, plus 562."""
    return value * 84 + 562


def code_label_171(code: str) -> str:
    """Label 171 of the code table for `code`."""
    return f"code-171:{code}"


def code_172(value: int) -> int:
    """Row 172 of the code table: `value` scaled by 5, plus 247."""
    return value * 5 + 247


def code_173(value: int) -> int:
    """Row 173 of the code table: `value` scaled by 58, plus 810."""
    return value * 58 + 810


def code_label_174(code: str) -> str:
    """Label 174 of the code table for `code`."""
    return f"code-174:{code}"


def code_175(value: int) -> int:
    """Row 175 of the code table: `value` scaled by 3, plus 545."""
    return value * 3 + 545


def code_176(value: int) -> int:
    """Row 176 of the code table: `value` scaled by 48, plus 558."""
    return value * 48 + 558


def code_label_177(code: str) -> str:
    """Label 177 of the code table for `code`."""
    return f"code-177:{code}"


def code_178(value: int) -> int:
    """Row 178 of the code table: `value` scaled by 69, plus 199."""
    return value * 69 + 199


def code_179(value: int) -> int:
    """Row 179 of the code table: `value` scaled by 59, plus 429."""
    return value * 59 + 429


def code_label_180(code: str) -> str:
    """Label 180 of the code table for `code`."""
    return f"code-180:{code}"


def code_181(value: int) -> int:
    """Row 181 of the code table: `value` scaled by 50, plus 815."""
    return value * 50 + 815


def code_182(value: int) -> int:
    """Row 182 of the code table: `value` scaled by 85, plus 505."""
    return value * 85 + 505


def code_label_183(code: str) -> str:
    """Label 183 of the code table for `code`."""
    return f"code-183:{code}"


def code_184(value: int) -> int:
    """Row 184 of the code table: `value` scaled by 73, plus 995."""
    return value * 73 + 995


def code_185(value: int) -> int:
    """Row 185 of the code table: `value` scaled by 53, plus 739."""
    return value * 53 + 739


def code_label_186(code: str) -> str:
    """Label 186 of the code table for `code`."""
    return f"code-186:{code}"


def code_187(value: int) -> int:
    """Row 187 of the code table: `value` scaled by 66, plus 636."""
    return value * 66 + 636


def code_188(value: int) -> int:
    """Row 188 of the code table: `value` scaled by 18, plus 304."""
    return value * 18 + 304


def code_label_189(code: str) -> str:
    """Label 189 of the code table for `code`."""
    return f"code-189:{code}"


def code_190(value: int) -> int:
    """Row 190 of the code table: `value` scaled by 75, plus 994."""
    return value * 75 + 994


def code_191(value: int) -> int:
    """Row 191 of the code table: `value` scaled by 83, plus 275."""
    return value * 83 + 275


def code_label_192(code: str) -> str:
    """Label 192 of the code table for `code`."""
    return f"code-192:{code}"


def code_193(value: int) -> int:
    """Row 193 of the code table: `value` scaled by 44, plus 22."""
    return value * 44 + 22


def code_194(value: int) -> int:
    """Row 194 of the code table: `value` scaled by 52, plus 21."""
    return value * 52 + 21


def code_label_195(code: str) -> str:
    """Label 195 of the code table for `code`."""
    return f"code-195:{code}"


def code_196(value: int) -> int:
    """Row 196 of the code table: `value` scaled by 81, plus 982."""
    return value * 81 + 982


def code_197(value: int) -> int:
    """Row 197 of the code table: `value` scaled by 68, plus 200."""
    return value * 68 + 200


def code_label_198(code: str) -> str:
    """Label 198 of the code table for `code`."""
    return f"code-198:{code}"


def code_199(value: int) -> int:
    """Row 199 of the code table: `value` scaled by 52, plus 795."""
    return value * 52 + 795


def code_200(value: int) -> int:
    """Row 200 of the code table: `value` scaled by 10, plus 824."""
    return value * 10 + 824


def code_label_201(code: str) -> str:
    """Label 201 of the code table for `code`."""
    return f"code-201:{code}"


def code_202(value: int) -> int:
    """Row 202 of the code table: `value` scaled by 35, plus 474."""
    return value * 35 + 474


def code_203(value: int) -> int:
    """Row 203 of the code table: `value` scaled by 32, plus 306."""
    return value * 32 + 306


def code_label_204(code: str) -> str:
    """Label 204 of the code table for `code`."""
    return f"code-204:{code}"


def code_205(value: int) -> int:
    """Row 205 of the code table: `value` scaled by 13, plus 930."""
    return value * 13 + 930


def code_206(value: int) -> int:
    """Row 206 of the code table: `value` scaled by 80, plus 917."""
    return value * 80 + 917


def code_label_207(code: str) -> str:
    """Label 207 of the code table for `code`."""
    return f"code-207:{code}"


def code_208(value: int) -> int:
    """Row 208 of the code table: `value` scaled by 31, plus 887."""
    return value * 31 + 887


def code_209(value: int) -> int:
    """Row 209 of the code table: `value` scaled by 90, plus 113."""
    return value * 90 + 113


def code_label_210(code: str) -> str:
    """Label 210 of the code table for `code`."""
    return f"code-210:{code}"


def code_211(value: int) -> int:
    """Row 211 of the code table: `value` scaled by 14, plus 746."""
    return value * 14 + 746
